package io.gioperator.reconcile.model;

/** The EAM managed-object type an issue is resolved on ({@code Resolve} exists on both). */
public enum EamTarget {
  AGENCY("Agency"),
  AGENT("Agent");

  private final String wireType;

  EamTarget(String wireType) {
    this.wireType = wireType;
  }

  /** The moref type to send. */
  public String wireType() {
    return wireType;
  }
}
