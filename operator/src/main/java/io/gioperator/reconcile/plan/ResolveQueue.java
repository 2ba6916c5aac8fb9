package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.EamTarget;
import io.gioperator.reconcile.model.ResolveAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the issue keys to resolve in this plan, one ResolveIssues action per target, and skips
 * an issue type that was resolved on the same target less than the retry interval ago (EAM needs
 * time, and may regenerate the same problem under a new key).
 */
final class ResolveQueue {

  private record Pending(EamTarget type, String targetRef, Set<Integer> keys, Set<String> types) {}

  private final List<ResolveAttempt> attempts;
  private final Tunables tunables;
  private final Instant now;
  private final boolean enabled;
  private final Map<String, Pending> pending = new LinkedHashMap<>();

  /** A disabled queue (the act gate is closed) queues and records nothing. */
  ResolveQueue(List<ResolveAttempt> previous, Tunables tunables, Instant now, boolean enabled) {
    this.attempts = new ArrayList<>(previous);
    this.tunables = tunables;
    this.now = now;
    this.enabled = enabled;
  }

  /** Queues the issue unless it was resolved recently; true when queued. */
  boolean request(EamTarget type, String targetRef, EamIssue issue) {
    if (!enabled || !due(targetRef, issue.type())) {
      return false;
    }
    force(type, targetRef, issue);
    return true;
  }

  /** Queues the issue regardless of the retry interval (a newly started operation needs it now). */
  void force(EamTarget type, String targetRef, EamIssue issue) {
    if (!enabled) {
      return;
    }
    Pending entry = pending.computeIfAbsent(targetRef,
        ref -> new Pending(type, ref, new LinkedHashSet<>(), new LinkedHashSet<>()));
    entry.keys().add(issue.key());
    entry.types().add(issue.type());
    attempts.removeIf(a -> a.targetRef().equals(targetRef) && a.issueType().equals(issue.type()));
    attempts.add(new ResolveAttempt(targetRef, issue.type(), issue.key(), now));
  }

  boolean due(String targetRef, String issueType) {
    return attempts.stream().noneMatch(a -> a.targetRef().equals(targetRef) && a.issueType().equals(issueType)
        && now.isBefore(a.at().plus(tunables.resolveRetryInterval())));
  }

  /** The ResolveIssues action for one target, or null if nothing is queued for it. */
  Action.ResolveIssues take(String targetRef, String where) {
    Pending entry = pending.remove(targetRef);
    if (entry == null) {
      return null;
    }
    return new Action.ResolveIssues(entry.type(), targetRef, List.copyOf(entry.keys()),
        "resolve " + String.join(", ", entry.types()) + " on " + where);
  }

  /** Attempts still relevant: their issue type is still reported on the target. */
  List<ResolveAttempt> attempts(Set<String> observedTargetTypes) {
    return attempts.stream()
        .filter(a -> observedTargetTypes.contains(a.targetRef() + "/" + a.issueType()))
        .toList();
  }
}
