package io.gioperator.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.gioperator.api.crd.SchemaPatch;

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
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"description": "A vCenter Server the operator connects to: URL, credentials Secret and certificate trust.",
     "properties": {
       "spec": {"description": "Desired state: where vCenter is, how to log in and how to trust its certificate."},
       "status": {"description": "Observed state, written by the operator."}}}""")
public class VCenter extends CustomResource<VCenterSpec, VCenterStatus> implements Namespaced {

  @Override
  protected VCenterStatus initStatus() {
    return new VCenterStatus();
  }
}
