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
 * Guest Introspection on one vSphere cluster: an EAM agency that installs the Mux VIB and deploys one partner SVA
 * per host, each registered with the partner's solution manager and kept healthy. One object per cluster.
 */
@Group(ApiGroup.NAME)
@Version(ApiGroup.VERSION)
@Kind("GuestIntrospection")
@Plural("guestintrospections")
@Singular("guestintrospection")
@ShortNames("gi")
@AdditionalPrinterColumn(name = "Cluster", jsonPath = ".spec.cluster", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Partner", jsonPath = ".spec.partnerRef.name",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Ready", jsonPath = ".status.readyHosts", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"description":
      "Guest Introspection on one vSphere cluster: Mux VIB and one partner SVA per host, through an EAM agency.",
     "properties": {
       "spec": {"description": "Desired state: the cluster, the partner release, placement and policies."},
       "status": {"description":
         "Observed state, written by the operator: conditions, the EAM agency, one row per host."}}}""")
public class GuestIntrospection extends CustomResource<GuestIntrospectionSpec, GuestIntrospectionStatus>
    implements Namespaced {

  /** Annotation: {@code "true"} releases a deleted GuestIntrospection without removing anything from vSphere. */
  public static final String ORPHAN_ON_DELETE_ANNOTATION = "gi-operator.io/orphan-on-delete";

  @Override
  protected GuestIntrospectionStatus initStatus() {
    return new GuestIntrospectionStatus();
  }
}
