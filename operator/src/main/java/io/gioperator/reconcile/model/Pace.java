package io.gioperator.reconcile.model;

/** How soon the caller should look again. */
public enum Pace {
  /** Something is in progress: poll EAM every few seconds. */
  Converging,
  /** Nothing in progress: poll every few minutes. */
  Steady
}
