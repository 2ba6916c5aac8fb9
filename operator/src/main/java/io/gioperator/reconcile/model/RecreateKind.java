package io.gioperator.reconcile.model;

/** How an SVA re-creation is carried out. */
public enum RecreateKind {
  /** The operator deregisters, powers off and destroys the VM; EAM then raises VmNotDeployed. */
  DestroyVm,
  /** EAM itself deletes and re-provisions the VM when its issue is resolved (VmCorrupted, VM deleted). */
  EamRedeploy
}
