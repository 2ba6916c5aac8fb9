package io.gioperator.reconcile.model;

/** The steps of a ReinstallMux remediation, in order. */
public enum MuxReinstallPhase {
  /** SVA deregistered, host asked to enter maintenance mode. */
  EnteringMaintenanceMode,
  /** Mux VIB removed and host rebooting; done when the host's boot time is after the phase start. */
  RebootingHost,
  /** Host asked to exit maintenance mode. */
  ExitingMaintenanceMode,
  /** VibNotInstalled resolved; EAM installs the Mux again; done when the desired version is back. */
  ReinstallingMux
}
