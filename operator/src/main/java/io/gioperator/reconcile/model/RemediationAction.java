package io.gioperator.reconcile.model;

/** What a user can ask for on one host through a remediation request. */
public enum RemediationAction {
  /** Destroy the SVA and let EAM deploy a fresh one from the OVF. */
  RecreateSva,
  /** Remove the Mux VIB, reboot in maintenance mode, let EAM install it again. */
  ReinstallMux
}
