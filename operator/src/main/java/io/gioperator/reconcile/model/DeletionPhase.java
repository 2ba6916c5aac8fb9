package io.gioperator.reconcile.model;

/** Where the deletion of a GuestIntrospection is. */
public enum DeletionPhase {
  DeregisteringSvas,
  Uninstalling,
  WaitingForUninstall,
  DestroyingAgency,
  /** Nothing left in vCenter or at the partner: the finalizer may be removed. */
  Done,
  /** Deletion is paused by spec.paused. */
  Paused,
  VCenterUnreachable
}
