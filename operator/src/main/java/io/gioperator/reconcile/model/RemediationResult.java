package io.gioperator.reconcile.model;

/** How a remediation request ended. */
public enum RemediationResult {
  Succeeded,
  Failed,
  /** Not started: the spec does not allow it (the message names the field to change). */
  Rejected
}
