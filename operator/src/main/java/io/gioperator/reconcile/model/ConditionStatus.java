package io.gioperator.reconcile.model;

/** Kubernetes condition status values. */
public enum ConditionStatus {
  True,
  False,
  Unknown
}
