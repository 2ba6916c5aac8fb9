package io.gioperator.reconcile.model;

/**
 * One host in the status: its step and why it is there (with EAM's issue text). Install status
 * (Mux version, VM, power, IP) and service status are separate columns.
 *
 * @param reason CamelCase, e.g. {@code VibRequiresHostInMaintenanceMode}, {@code WaitingForRedeploySlot}
 * @param muxVersion the installed Mux VIB version, null if not installed
 * @param registrationId the current partner registration, null if none
 * @param service the partner's service status; without a partner manager, UP/DOWN mirror EAM's
 *     heartbeat; null when there is no running SVA
 * @param manualActionRequired true when only a person can move the host on
 */
public record HostRow(
    String hostRef,
    String hostName,
    String esxiVersion,
    String esxiBuild,
    HostStep step,
    String reason,
    String message,
    String muxVersion,
    String vmRef,
    PowerState powerState,
    String ip,
    String registrationId,
    ServiceStatus service,
    int redeploysLastHour,
    boolean manualActionRequired) {}
