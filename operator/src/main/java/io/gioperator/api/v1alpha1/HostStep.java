package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a host is in the Guest Introspection deployment sequence (status.hosts[].step). The happy path is Pending,
 * InstallingMux, DeployingSva, PoweringOn, WaitingForIp, Registering, WaitingForService, Ready.
 */
public enum HostStep {
  /** Seen, nothing started yet. */
  @JsonProperty("Pending")
  PENDING("Pending"),

  /** EAM is installing or updating the Mux VIB. */
  @JsonProperty("InstallingMux")
  INSTALLING_MUX("InstallingMux"),

  /**
   * The Mux VIB change needs maintenance mode or a reboot that spec.hostOperations does not allow: waiting for a
   * person.
   */
  @JsonProperty("WaitingForMaintenanceModePermission")
  WAITING_FOR_MAINTENANCE_MODE_PERMISSION("WaitingForMaintenanceModePermission"),

  /** EAM is deploying the SVA from its OVF. */
  @JsonProperty("DeployingSva")
  DEPLOYING_SVA("DeployingSva"),

  /** The SVA is deployed and being powered on. */
  @JsonProperty("PoweringOn")
  POWERING_ON("PoweringOn"),

  /** The SVA is on; waiting for VMware Tools to report its IP address. */
  @JsonProperty("WaitingForIp")
  WAITING_FOR_IP("WaitingForIp"),

  /** Registering the SVA with the partner solution manager. */
  @JsonProperty("Registering")
  REGISTERING("Registering"),

  /**
   * Deployed, powered on and registered, but the partner (or, without a partner manager, EAM's heartbeat) does not
   * report the service healthy yet.
   */
  @JsonProperty("WaitingForService")
  WAITING_FOR_SERVICE("WaitingForService"),

  /** Mux installed, SVA on and registered, service reported healthy. */
  @JsonProperty("Ready")
  READY("Ready"),

  /** The SVA is being re-created (health policy or a remediation request). */
  @JsonProperty("Redeploying")
  REDEPLOYING("Redeploying"),

  /** No progress without help: an EAM issue that needs a person, or the redeploy budget is spent. */
  @JsonProperty("Stalled")
  STALLED("Stalled"),

  /** The host's ESXi version or build is not in the partner's compatibility matrix. */
  @JsonProperty("Incompatible")
  INCOMPATIBLE("Incompatible"),

  /** vCenter cannot reach the host (disconnected or not responding). */
  @JsonProperty("Disconnected")
  DISCONNECTED("Disconnected"),

  /** The host is in maintenance mode (not put there by the operator). */
  @JsonProperty("InMaintenance")
  IN_MAINTENANCE("InMaintenance");

  private final String wireName;

  HostStep(String wireName) {
    this.wireName = wireName;
  }

  /** The value as written in YAML. */
  public String wireName() {
    return wireName;
  }
}
