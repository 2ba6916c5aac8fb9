package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.gioperator.api.crd.SchemaPatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Observed state of a {@link GuestIntrospection}, written by the operator. Install state (EAM: VIB, VM, power) and
 * service state (the partner: is the security function working) are reported separately and never merged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {
      "hosts": {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"]},
      "completedRemediations": {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["id"]}}}""")
public class GuestIntrospectionStatus extends ConditionedStatus {

  @JsonPropertyDescription("The EAM agency that deploys the Mux VIB and SVAs on this cluster.")
  private AgencyStatus agency;

  @JsonPropertyDescription("One entry per host of the cluster. Keyed by name.")
  private List<HostStatus> hosts = new ArrayList<>();

  @JsonPropertyDescription("How many hosts are where.")
  private HostCounts hostCounts;

  @JsonPropertyDescription("Ready hosts out of the in-scope hosts, e.g. 3/4 (for kubectl get).")
  private String readyHosts;

  @JsonPropertyDescription("Remediation requests already carried out, kept while their id is listed in "
      + "spec.remediations. Keyed by id.")
  private List<CompletedRemediation> completedRemediations = new ArrayList<>();

  @JsonPropertyDescription("The operator's bookkeeping between reconciles, as JSON: the agency reference, per host "
      + "the re-creation, Mux reinstall or maintenance-mode remediation in flight, redeploy times for the hourly "
      + "budget, when the service was first seen unhealthy, and the last EAM issue resolves. Written and read by "
      + "the operator only (kept in the status so that it survives restarts, fail-overs and a replaced spec); "
      + "do not edit.")
  private String memory;

  @Override
  @JsonPropertyDescription("Ready, Reconciling and Stalled (kstatus), and VCenterConnected, Compatible, "
      + "AgencyReady, MuxInstalled, SvaDeployed, SvaPoweredOn, PartnerRegistered, "
      + "ServiceHealthy, Paused (see GuestIntrospectionConditions). Keyed by type.")
  public List<Condition> getConditions() {
    return super.getConditions();
  }

  public AgencyStatus getAgency() {
    return agency;
  }

  public void setAgency(AgencyStatus agency) {
    this.agency = agency;
  }

  public List<HostStatus> getHosts() {
    return hosts;
  }

  public void setHosts(List<HostStatus> hosts) {
    this.hosts = hosts;
  }

  public HostCounts getHostCounts() {
    return hostCounts;
  }

  public void setHostCounts(HostCounts hostCounts) {
    this.hostCounts = hostCounts;
  }

  public String getReadyHosts() {
    return readyHosts;
  }

  public void setReadyHosts(String readyHosts) {
    this.readyHosts = readyHosts;
  }

  public List<CompletedRemediation> getCompletedRemediations() {
    return completedRemediations;
  }

  public void setCompletedRemediations(List<CompletedRemediation> completedRemediations) {
    this.completedRemediations = completedRemediations;
  }

  public String getMemory() {
    return memory;
  }

  public void setMemory(String memory) {
    this.memory = memory;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof GuestIntrospectionStatus that
        && super.equals(that)
        && Objects.equals(agency, that.agency)
        && Objects.equals(hosts, that.hosts)
        && Objects.equals(hostCounts, that.hostCounts)
        && Objects.equals(readyHosts, that.readyHosts)
        && Objects.equals(completedRemediations, that.completedRemediations)
        && Objects.equals(memory, that.memory));
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(agency, hosts, hostCounts, readyHosts,
        completedRemediations, memory);
  }
}
