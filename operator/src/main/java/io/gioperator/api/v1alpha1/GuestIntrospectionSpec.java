package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.gioperator.api.crd.SchemaPatch;
import java.util.List;
import java.util.Objects;

/**
 * Desired state of a {@link GuestIntrospection}: Guest Introspection on one vSphere cluster.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"remediations": {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["id"]}}}""")
@ValidationRule(value = "!has(self.cluster) || !has(self.placement) || !has(self.placement.resourcePool)"
    + " || self.placement.resourcePool.startsWith(self.cluster + '/')",
    message = "placement.resourcePool must be a resource pool inside the cluster",
    fieldPath = ".placement.resourcePool")
public class GuestIntrospectionSpec {

  @JsonPropertyDescription("The VCenter (same namespace) that manages the cluster.")
  @Required
  private LocalObjectReference vcenterRef;

  @JsonPropertyDescription("Inventory path of the vSphere cluster, e.g. /DC1/host/Cluster-01. Immutable: to move "
      + "to another cluster, create another GuestIntrospection.")
  @Required
  @Size(min = 1, max = 1024)
  @Pattern(Patterns.CLUSTER_PATH)
  @ValidationRule(value = "self == oldSelf",
      message = "cluster is immutable: create another GuestIntrospection for another cluster")
  private String cluster;

  @JsonPropertyDescription("The PartnerSolution (same namespace) to deploy.")
  @Required
  private LocalObjectReference partnerRef;

  @JsonPropertyDescription("Where the SVAs are placed.")
  @Required
  private Placement placement;

  @JsonPropertyDescription("When an unhealthy SVA is re-created.")
  @Default("{}")
  private HealthPolicy healthPolicy = new HealthPolicy();

  @JsonPropertyDescription("How many SVAs may be re-created, and how often.")
  @Default("{}")
  private RedeployPolicy redeployPolicy = new RedeployPolicy();

  @JsonPropertyDescription("Disruptive host operations the operator may perform on its own. Both are off by "
      + "default.")
  @Default("{}")
  private HostOperationsPolicy hostOperations = new HostOperationsPolicy();

  @JsonPropertyDescription("What to do with hosts the PartnerSolution does not support.")
  @Default("{}")
  private CompatibilityPolicy compatibility = new CompatibilityPolicy();

  @JsonPropertyDescription("Stop changing anything in vCenter and the solution manager for this cluster; status "
      + "is still observed. For maintenance windows and incident response.")
  @Default("false")
  private Boolean paused = false;

  @JsonPropertyDescription("One-off remediation requests, declarative and safe to re-apply: each id is carried "
      + "out once and then recorded in status.completedRemediations; re-applying the same "
      + "list does nothing. Use a new id to repeat an action. Keyed by id.")
  @Size(max = 32)
  @ValidationRule(value = "self.all(r, !has(r.id) || self.exists_one(o, has(o.id) && o.id == r.id))",
      message = "remediation ids must be unique")
  private List<RemediationRequest> remediations;

  public LocalObjectReference getVcenterRef() {
    return vcenterRef;
  }

  public void setVcenterRef(LocalObjectReference vcenterRef) {
    this.vcenterRef = vcenterRef;
  }

  public String getCluster() {
    return cluster;
  }

  public void setCluster(String cluster) {
    this.cluster = cluster;
  }

  public LocalObjectReference getPartnerRef() {
    return partnerRef;
  }

  public void setPartnerRef(LocalObjectReference partnerRef) {
    this.partnerRef = partnerRef;
  }

  public Placement getPlacement() {
    return placement;
  }

  public void setPlacement(Placement placement) {
    this.placement = placement;
  }

  public HealthPolicy getHealthPolicy() {
    return healthPolicy;
  }

  public void setHealthPolicy(HealthPolicy healthPolicy) {
    this.healthPolicy = healthPolicy;
  }

  public RedeployPolicy getRedeployPolicy() {
    return redeployPolicy;
  }

  public void setRedeployPolicy(RedeployPolicy redeployPolicy) {
    this.redeployPolicy = redeployPolicy;
  }

  public HostOperationsPolicy getHostOperations() {
    return hostOperations;
  }

  public void setHostOperations(HostOperationsPolicy hostOperations) {
    this.hostOperations = hostOperations;
  }

  public CompatibilityPolicy getCompatibility() {
    return compatibility;
  }

  public void setCompatibility(CompatibilityPolicy compatibility) {
    this.compatibility = compatibility;
  }

  public Boolean getPaused() {
    return paused;
  }

  public void setPaused(Boolean paused) {
    this.paused = paused;
  }

  public List<RemediationRequest> getRemediations() {
    return remediations;
  }

  public void setRemediations(List<RemediationRequest> remediations) {
    this.remediations = remediations;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof GuestIntrospectionSpec that
        && Objects.equals(vcenterRef, that.vcenterRef)
        && Objects.equals(cluster, that.cluster)
        && Objects.equals(partnerRef, that.partnerRef)
        && Objects.equals(placement, that.placement)
        && Objects.equals(healthPolicy, that.healthPolicy)
        && Objects.equals(redeployPolicy, that.redeployPolicy)
        && Objects.equals(hostOperations, that.hostOperations)
        && Objects.equals(compatibility, that.compatibility)
        && Objects.equals(paused, that.paused)
        && Objects.equals(remediations, that.remediations));
  }

  @Override
  public int hashCode() {
    return Objects.hash(vcenterRef, cluster, partnerRef, placement, healthPolicy, redeployPolicy, hostOperations,
        compatibility, paused, remediations);
  }
}
