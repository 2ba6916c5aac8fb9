package io.gioperator.reconcile.model;

import java.util.List;
import java.util.Objects;

/**
 * The agency found by our deterministic name (other agencies are never part of the input, so the
 * planner cannot touch them).
 *
 * @param config the config read back with QueryConfig, mapped to the neutral form
 * @param issues agency-level issues only (issues of agents belong to {@link ObservedAgent})
 */
public record ObservedAgency(
    String ref,
    String name,
    AgencySpec config,
    EamStatus status,
    GoalState goalState,
    List<EamIssue> issues) {

  public ObservedAgency {
    ref = Objects.requireNonNull(Values.text(ref), "ref");
    status = status == null ? EamStatus.YELLOW : status;
    goalState = goalState == null ? GoalState.ENABLED : goalState;
    issues = Values.list(issues);
  }
}
