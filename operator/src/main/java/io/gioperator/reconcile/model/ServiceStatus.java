package io.gioperator.reconcile.model;

/** The partner's view of the security service inside an SVA. */
public enum ServiceStatus {
  UP,
  WARNING,
  DOWN,
  UNKNOWN;

  /** Lenient: a value the partner invents later reads as UNKNOWN. */
  public static ServiceStatus fromWire(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    for (ServiceStatus status : values()) {
      if (status.name().equalsIgnoreCase(value.strip())) {
        return status;
      }
    }
    return UNKNOWN;
  }
}
