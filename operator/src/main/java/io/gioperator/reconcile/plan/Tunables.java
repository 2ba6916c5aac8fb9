package io.gioperator.reconcile.plan;

import java.time.Duration;

/**
 * Timings the spec does not expose. Defaults suit a production vCenter; tests may shorten them.
 *
 * @param resolveRetryInterval how long before the same issue type on the same target is resolved
 *     again (EAM needs time to remediate, and may regenerate the issue with a new key)
 * @param actionRetryInterval how long before an action whose effect is not observed yet is issued
 *     again (destroy VM, enter/exit maintenance mode)
 * @param agencyUpdateRetryInterval spacing of repeated UpdateAgency calls while the config read back
 *     still differs
 * @param recreateTimeout how long a re-created host may take to become Ready before the re-creation
 *     is given up (and a new one may be counted)
 * @param hostOperationTimeout how long a ReinstallMux or an EAM maintenance-mode remediation may take
 * @param rebootRetryInterval how long a host may stay connected with its old boot time before the
 *     remove-VIB-and-reboot step is issued again
 * @param powerOffConfirm how long an SVA seen off while EAM reports no power issue (and is not working on
 *     it) must stay so before it is re-created: EAM's view may lag the VM's, e.g. while EAM itself powers
 *     the SVA off for a host entering maintenance mode
 * @param completedRemediationsKept how many completed requests are remembered beyond those still
 *     listed in the spec
 */
public record Tunables(
    Duration resolveRetryInterval,
    Duration actionRetryInterval,
    Duration agencyUpdateRetryInterval,
    Duration recreateTimeout,
    Duration hostOperationTimeout,
    Duration rebootRetryInterval,
    Duration powerOffConfirm,
    int completedRemediationsKept) {

  public static final Tunables DEFAULTS = new Tunables(
      Duration.ofMinutes(2),
      Duration.ofMinutes(2),
      Duration.ofMinutes(1),
      Duration.ofMinutes(30),
      Duration.ofMinutes(60),
      Duration.ofMinutes(15),
      Duration.ofSeconds(30),
      50);
}
