package io.gioperator.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A vCenter Server the operator connects to: its URL, the Secret with the credentials and how its certificate is
 * trusted. GuestIntrospection objects in the same namespace refer to it; one session is shared by all of them.
 */
@Group(ApiGroup.NAME)
@Version(ApiGroup.VERSION)
@Kind("VCenter")
@Plural("vcenters")
@Singular("vcenter")
@ShortNames("vc")
@AdditionalPrinterColumn(name = "Server", jsonPath = ".spec.server", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Connected", jsonPath = ".status.conditions[?(@.type==\"Connected\")].status",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Version", jsonPath = ".status.version", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class VCenter extends CustomResource<VCenterSpec, VCenterStatus> implements Namespaced {

  @Override
  protected VCenterStatus initStatus() {
    return new VCenterStatus();
  }
}
