package io.gioperator.reconcile.model;

/**
 * Which disruptive host operations the operator may perform (or let EAM perform by resolving an
 * issue). Field paths are named in messages so users know what to change.
 */
public record HostOperationsPolicy(boolean allowMaintenanceMode, boolean allowReboot) {

  /** The spec field that allows maintenance mode, as named in user-facing messages. */
  public static final String MAINTENANCE_MODE_FIELD = "spec.hostOperations.allowMaintenanceMode";
  /** The spec field that allows host reboots, as named in user-facing messages. */
  public static final String REBOOT_FIELD = "spec.hostOperations.allowReboot";

  public static HostOperationsPolicy none() {
    return new HostOperationsPolicy(false, false);
  }
}
