package io.gioperator.reconcile.model;

/**
 * EAM's {@code GetMaintenanceModePolicy} (vSphere 7.4+, clusters not managed by vLCM). It is a
 * setting of the whole EAM, not of one agency.
 */
public enum MaintenanceModePolicy {
  SINGLE_HOST("singleHost"),
  MULTIPLE_HOSTS("multipleHosts"),
  /** The EAM or the cluster does not support the setting (older EAM, vLCM-managed cluster). */
  UNSUPPORTED("unsupported"),
  /** Not read (yet). */
  UNKNOWN("unknown");

  private final String wire;

  MaintenanceModePolicy(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static MaintenanceModePolicy fromWire(String value) {
    return value == null ? UNKNOWN : Values.fromWire(MaintenanceModePolicy.class, value, MaintenanceModePolicy::wire);
  }
}
