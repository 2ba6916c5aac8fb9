package io.gioperator.reconcile.observe;

/** The observation could not be completed; {@code reason} is the stable CamelCase word of conditions and metrics. */
public final class ObserveException extends RuntimeException {

  private final String reason;

  public ObserveException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public ObserveException(String reason, String message) {
    this(reason, message, null);
  }

  public String reason() {
    return reason;
  }
}
