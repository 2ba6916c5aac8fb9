package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.RedeployPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * maxRedeploysPerHostPerHour over a sliding hour. Only automatic re-creations count (a remediation
 * request is explicit, so it cannot be a loop); one re-creation counts once, however many plans it
 * takes to finish.
 */
final class RedeployBudget {

  private RedeployBudget() {}

  static boolean exhausted(HostMemory memory, RedeployPolicy policy, Instant now) {
    return memory.redeploysInLastHour(now) >= policy.maxRedeploysPerHostPerHour();
  }

  /** When the oldest counted re-creation leaves the window; null if none counts. */
  static Instant nextAllowed(HostMemory memory, Instant now) {
    Instant hourAgo = now.minus(Duration.ofHours(1));
    return memory.redeploys().stream().filter(t -> t.isAfter(hourAgo))
        .min(Comparator.naturalOrder()).map(t -> t.plus(Duration.ofHours(1))).orElse(null);
  }

  static String exhaustedMessage(HostMemory memory, RedeployPolicy policy, Instant now, String why) {
    Instant next = nextAllowed(memory, now);
    return "re-creation needed (" + why + ") but the SVA was already re-created "
        + memory.redeploysInLastHour(now) + " time(s) in the last hour (maxRedeploysPerHostPerHour "
        + policy.maxRedeploysPerHostPerHour() + ")" + (next == null ? "" : "; next one allowed after " + next)
        + "; last reason: " + memory.lastRecreateReason();
  }
}
