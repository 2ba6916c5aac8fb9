package io.gioperator.reconcile.model;

import java.time.Instant;

/**
 * The operator resolved an EAM issue that makes EAM put this host into maintenance mode (and maybe
 * reboot it). While held, the host's maintenance mode is ours (not reported as InMaintenance) and
 * no other host gets one.
 */
public record MaintenanceHold(String issueType, Instant since) {}
