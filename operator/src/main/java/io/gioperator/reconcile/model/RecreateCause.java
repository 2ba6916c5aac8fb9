package io.gioperator.reconcile.model;

/**
 * Why an SVA is re-created, in the fixed vocabulary of the metric {@code gi_sva_recreations_total{reason}}
 * (docs/metrics.md): the name is the label value, so renaming a constant changes users' PromQL.
 */
public enum RecreateCause {
  /** Powered off or suspended behind EAM's back. */
  PoweredOff,
  /** EAM reports the VM's files damaged (VmCorrupted). */
  Corrupted,
  /** The VM was deleted outside the operator (VmNotDeployed after a VM existed). */
  Deleted,
  /** The partner reported the service DOWN for serviceDownTimeout. */
  ServiceDown,
  /** No heartbeat for heartbeatTimeout. */
  HeartbeatMissing,
  /** A remediation request asked for it. */
  Requested
}
