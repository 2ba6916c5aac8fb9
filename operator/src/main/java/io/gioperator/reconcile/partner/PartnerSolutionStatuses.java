package io.gioperator.reconcile.partner;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.PartnerSolutionConditions;
import io.gioperator.api.v1alpha1.PartnerSolutionStatus;
import io.gioperator.api.v1alpha1.SolutionManagerStatus;
import io.gioperator.reconcile.status.Conditions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The PartnerSolution decisions, without I/O: the status a check outcome leads to, and when to check again. A
 * failed check is always re-checked after the short {@code failing} interval, whatever the status was before and
 * whether or not the status changed, so recovery never waits for the long healthy interval.
 */
public final class PartnerSolutionStatuses {

  /** Reason: the spec cannot be used as written (e.g. an invalid URL or trust setting). */
  public static final String REASON_INVALID_SPEC = "InvalidSpec";

  private PartnerSolutionStatuses() {}

  /** When to check again after a check that ended with {@code outcome}. */
  public static Duration recheckAfter(CheckOutcome outcome, CheckIntervals intervals) {
    return outcome.failureReason() == null ? intervals.healthy() : intervals.failing();
  }

  /** When to check again after a check that could not finish (e.g. the Kubernetes API failed). */
  public static Duration recheckAfterError(CheckIntervals intervals) {
    return intervals.failing();
  }

  /**
   * The status for {@code outcome}. What the manager reported when it last answered is kept through failures;
   * {@code lastContactTime} moves when the manager answers after a change of conditions (so an unchanged healthy
   * resource is not rewritten on every check).
   */
  public static PartnerSolutionStatus next(PartnerSolutionStatus previous, CheckOutcome outcome, long generation,
                                           Instant now) {
    List<Condition> conditions = new ArrayList<>();
    SolutionManagerStatus manager = previous == null ? null : copy(previous.getSolutionManager());
    if (outcome instanceof CheckOutcome.NoSolutionManager) {
      conditions.add(valid());
      conditions.add(Conditions.of(PartnerSolutionConditions.READY, ConditionStatus.TRUE, "NoSolutionManager",
          "no solution manager configured: EAM's heartbeat is the only health signal"));
      manager = null;
    } else if (outcome instanceof CheckOutcome.Reachable r) {
      manager = new SolutionManagerStatus();
      manager.setProductName(r.about().vendor() + " " + r.about().product());
      manager.setVersion(r.about().productVersion());
      manager.setApiVersion(r.about().apiVersion());
      manager.setLastContactTime(now.toString());
      conditions.add(valid());
      conditions.add(Conditions.of(PartnerSolutionConditions.READY, ConditionStatus.TRUE, "Reachable",
          "solution manager " + r.url() + " answers: " + manager.getProductName() + " "
              + r.about().productVersion()));
    } else if (outcome instanceof CheckOutcome.Invalid i) {
      conditions.add(Conditions.of(PartnerSolutionConditions.VALID, ConditionStatus.FALSE, i.reason(), i.message()));
      conditions.add(Conditions.of(PartnerSolutionConditions.READY, ConditionStatus.FALSE, i.reason(),
          i.message()));
    } else if (outcome instanceof CheckOutcome.ManagerFailed f) {
      conditions.add(valid());
      conditions.add(Conditions.of(PartnerSolutionConditions.READY, ConditionStatus.FALSE, f.reason(),
          f.message()));
    }
    PartnerSolutionStatus next = new PartnerSolutionStatus();
    next.setObservedGeneration(generation);
    List<Condition> before = previous == null ? null : previous.getConditions();
    next.setConditions(Conditions.merge(before, conditions, generation, now));
    if (outcome instanceof CheckOutcome.Reachable && previous != null && previous.getSolutionManager() != null
        && next.getConditions().equals(before)) {
      manager.setLastContactTime(previous.getSolutionManager().getLastContactTime());
    }
    next.setSolutionManager(manager);
    return next;
  }

  /** True when the status says Ready=True. */
  public static boolean isReady(PartnerSolutionStatus status) {
    return status != null && status.getConditions() != null && status.getConditions().stream()
        .anyMatch(c -> PartnerSolutionConditions.READY.equals(c.getType()) && c.getStatus() == ConditionStatus.TRUE);
  }

  private static Condition valid() {
    return Conditions.of(PartnerSolutionConditions.VALID, ConditionStatus.TRUE,
        PartnerSolutionConditions.REASON_VALID, "the token and OVF property Secrets and keys it references exist");
  }

  private static SolutionManagerStatus copy(SolutionManagerStatus s) {
    if (s == null) {
      return null;
    }
    SolutionManagerStatus c = new SolutionManagerStatus();
    c.setProductName(s.getProductName());
    c.setVersion(s.getVersion());
    c.setApiVersion(s.getApiVersion());
    c.setLastContactTime(s.getLastContactTime());
    return c;
  }
}
