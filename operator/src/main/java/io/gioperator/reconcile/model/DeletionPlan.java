package io.gioperator.reconcile.model;

import java.util.List;

/**
 * The deletion planner's answer.
 *
 * @param done true when the finalizer may be removed
 */
public record DeletionPlan(
    List<Action> actions,
    Memory memory,
    DeletionPhase phase,
    String message,
    boolean done,
    List<Condition> conditions) {

  public DeletionPlan {
    actions = List.copyOf(actions);
    conditions = List.copyOf(conditions);
  }
}
