package io.gioperator.reconcile.status;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds API conditions; {@code lastTransitionTime} moves only when a condition's status changes. Pure. */
public final class Conditions {

  private Conditions() {}

  public static Condition of(String type, ConditionStatus status, String reason, String message) {
    Condition c = new Condition();
    c.setType(type);
    c.setStatus(status);
    c.setReason(reason);
    c.setMessage(message == null ? "" : message);
    return c;
  }

  public static Condition fromModel(io.gioperator.reconcile.model.Condition c) {
    return of(c.type(), switch (c.status()) {
      case True -> ConditionStatus.TRUE;
      case False -> ConditionStatus.FALSE;
      default -> ConditionStatus.UNKNOWN;
    }, c.reason(), c.message());
  }

  /**
   * The new conditions with observedGeneration set and transition times carried over from {@code previous}
   * where the status did not change ({@code now} otherwise). Conditions not in {@code next} are dropped.
   */
  public static List<Condition> merge(List<Condition> previous, List<Condition> next, Long generation, Instant now) {
    List<Condition> out = new ArrayList<>();
    for (Condition c : next) {
      Condition before = previous == null ? null
          : previous.stream().filter(p -> c.getType().equals(p.getType())).findFirst().orElse(null);
      c.setObservedGeneration(generation);
      c.setLastTransitionTime(before != null && before.getStatus() == c.getStatus()
          && before.getLastTransitionTime() != null ? before.getLastTransitionTime() : now.toString());
      out.add(c);
    }
    return out;
  }

  /** Replaces (or adds) one condition in a list, by type. */
  public static List<Condition> with(List<Condition> list, Condition c) {
    List<Condition> out = new ArrayList<>(list.stream().filter(x -> !x.getType().equals(c.getType())).toList());
    out.add(c);
    return out;
  }
}
