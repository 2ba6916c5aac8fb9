package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Observed state of one ESXi host of the cluster.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HostStatus {

  @JsonPropertyDescription("Host name as vCenter shows it.")
  @Required
  private String name;

  @JsonPropertyDescription("Managed object id of the host (e.g. host-42).")
  private String moref;

  @JsonPropertyDescription("ESXi version (e.g. 7.0.3).")
  private String esxiVersion;

  @JsonPropertyDescription("ESXi build number (e.g. 21930508).")
  @Min(0)
  private Long esxiBuild;

  @JsonPropertyDescription("vCenter connection state: connected, disconnected or notResponding.")
  private String connectionState;

  @JsonPropertyDescription("Whether the host is in maintenance mode.")
  private Boolean inMaintenanceMode;

  @JsonPropertyDescription("Whether the operator manages this host (connected, compatible or BlockCluster not in "
      + "effect).")
  private Boolean inScope;

  @JsonPropertyDescription("Whether the host's ESXi version and build are in the PartnerSolution's matrix.")
  private Boolean compatible;

  @JsonPropertyDescription("Where the host is in the deployment sequence.")
  private HostStep step = HostStep.PENDING;

  @JsonPropertyDescription("Details of the current step for people (e.g. why it is Stalled or Incompatible).")
  @Size(max = 4096)
  private String message;

  @JsonPropertyDescription("Version of the Mux VIB installed on the host; empty when none is.")
  private String muxVibVersion;

  @JsonPropertyDescription("The SVA (agent VM) on this host.")
  private SvaStatus sva;

  @JsonPropertyDescription("The SVA's registration and service status in the solution manager.")
  private PartnerRegistrationStatus partner;

  @JsonPropertyDescription("Re-creations of this host's SVA, for the per-hour budget.")
  private RedeployHistory redeploys;

  @JsonPropertyDescription("Open EAM issues of this host's agent.")
  private List<EamIssue> issues = new ArrayList<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMoref() {
    return moref;
  }

  public void setMoref(String moref) {
    this.moref = moref;
  }

  public String getEsxiVersion() {
    return esxiVersion;
  }

  public void setEsxiVersion(String esxiVersion) {
    this.esxiVersion = esxiVersion;
  }

  public Long getEsxiBuild() {
    return esxiBuild;
  }

  public void setEsxiBuild(Long esxiBuild) {
    this.esxiBuild = esxiBuild;
  }

  public String getConnectionState() {
    return connectionState;
  }

  public void setConnectionState(String connectionState) {
    this.connectionState = connectionState;
  }

  public Boolean getInMaintenanceMode() {
    return inMaintenanceMode;
  }

  public void setInMaintenanceMode(Boolean inMaintenanceMode) {
    this.inMaintenanceMode = inMaintenanceMode;
  }

  public Boolean getInScope() {
    return inScope;
  }

  public void setInScope(Boolean inScope) {
    this.inScope = inScope;
  }

  public Boolean getCompatible() {
    return compatible;
  }

  public void setCompatible(Boolean compatible) {
    this.compatible = compatible;
  }

  public HostStep getStep() {
    return step;
  }

  public void setStep(HostStep step) {
    this.step = step;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getMuxVibVersion() {
    return muxVibVersion;
  }

  public void setMuxVibVersion(String muxVibVersion) {
    this.muxVibVersion = muxVibVersion;
  }

  public SvaStatus getSva() {
    return sva;
  }

  public void setSva(SvaStatus sva) {
    this.sva = sva;
  }

  public PartnerRegistrationStatus getPartner() {
    return partner;
  }

  public void setPartner(PartnerRegistrationStatus partner) {
    this.partner = partner;
  }

  public RedeployHistory getRedeploys() {
    return redeploys;
  }

  public void setRedeploys(RedeployHistory redeploys) {
    this.redeploys = redeploys;
  }

  public List<EamIssue> getIssues() {
    return issues;
  }

  public void setIssues(List<EamIssue> issues) {
    this.issues = issues;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof HostStatus that
        && Objects.equals(name, that.name)
        && Objects.equals(moref, that.moref)
        && Objects.equals(esxiVersion, that.esxiVersion)
        && Objects.equals(esxiBuild, that.esxiBuild)
        && Objects.equals(connectionState, that.connectionState)
        && Objects.equals(inMaintenanceMode, that.inMaintenanceMode)
        && Objects.equals(inScope, that.inScope)
        && Objects.equals(compatible, that.compatible)
        && Objects.equals(step, that.step)
        && Objects.equals(message, that.message)
        && Objects.equals(muxVibVersion, that.muxVibVersion)
        && Objects.equals(sva, that.sva)
        && Objects.equals(partner, that.partner)
        && Objects.equals(redeploys, that.redeploys)
        && Objects.equals(issues, that.issues));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, moref, esxiVersion, esxiBuild, connectionState, inMaintenanceMode, inScope,
        compatible, step, message, muxVibVersion, sva, partner, redeploys, issues);
  }
}
