package io.gioperator.reconcile.model;

/**
 * Where one host is in the deployment sequence
 * {@code Pending → InstallingMux → DeployingSva → PoweringOn → WaitingForIp → Registering →
 * WaitingForService → Ready}, or one of the side states.
 */
public enum HostStep {
  /** No agent on the host yet (agency missing or EAM has not created it). */
  Pending,
  InstallingMux,
  DeployingSva,
  PoweringOn,
  WaitingForIp,
  Registering,
  /** Deployed and registered; the partner (or EAM heartbeat) does not report the service healthy yet. */
  WaitingForService,
  Ready,
  /** The SVA is being (or waits to be) re-created from its OVF. */
  Recreating,
  /** The operator stopped acting on this host (redeploy budget exhausted). */
  Stalled,
  /** EAM needs maintenance mode or a reboot the host-operations policy does not allow. */
  WaitingForMaintenanceModePermission,
  /** Outside the compatibility matrix: the host gets nothing. */
  Incompatible,
  /** Disconnected or not responding: reported, not acted on. */
  Disconnected,
  /** In maintenance mode not entered by the operator: reported, not fought. */
  InMaintenance,
  /** No longer in the cluster; its registrations are being removed. */
  Removed;

  /** Hosts in these steps are outside the scope that Ready and the other summaries judge. */
  public boolean outOfScope() {
    return this == Incompatible || this == Disconnected || this == InMaintenance || this == Removed;
  }
}
