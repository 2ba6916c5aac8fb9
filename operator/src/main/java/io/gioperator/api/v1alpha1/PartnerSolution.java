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
 * One release of a partner's Guest Introspection product: the SVA OVF, the Mux VIB it needs, the partner's
 * solution manager and the ESXi / vCenter versions it supports. GuestIntrospection objects refer to it.
 */
@Group(ApiGroup.NAME)
@Version(ApiGroup.VERSION)
@Kind("PartnerSolution")
@Plural("partnersolutions")
@Singular("partnersolution")
@ShortNames("ps")
@AdditionalPrinterColumn(name = "Vendor", jsonPath = ".spec.vendor", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Product", jsonPath = ".spec.product", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Version", jsonPath = ".spec.version", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Ready", jsonPath = ".status.conditions[?(@.type==\"Ready\")].status",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"description":
      "One release of a partner Guest Introspection product: SVA OVF, Mux VIB, solution manager and supported versions.",
     "properties": {
       "spec": {"description": "Desired state: the partner release to deploy."},
       "status": {"description": "Observed state, written by the operator."}}}""")
public class PartnerSolution extends CustomResource<PartnerSolutionSpec, PartnerSolutionStatus> implements Namespaced {

  @Override
  protected PartnerSolutionStatus initStatus() {
    return new PartnerSolutionStatus();
  }
}
