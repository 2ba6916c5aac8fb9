package io.gioperator.reconcile.refs;

/**
 * A reference (VCenter, PartnerSolution, Secret, ConfigMap, key) that cannot be resolved. {@code reason} is a
 * stable CamelCase word for conditions and metrics; the message names namespace/name/key and the fix.
 */
public final class ReferenceException extends RuntimeException {

  private final String reason;

  public ReferenceException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
