package io.gioperator.reconcile.model;

/** What one host outside the compatibility matrix means for the rest of the cluster. */
public enum IncompatiblePolicy {
  /** Incompatible hosts get nothing; the others are deployed. */
  Skip,
  /** One incompatible host blocks every action on the cluster. */
  BlockCluster
}
