package io.gioperator.reconcile.model;

/** EAM goal state of an agency. */
public enum GoalState {
  ENABLED("enabled"),
  DISABLED("disabled"),
  UNINSTALLED("uninstalled");

  private final String wire;

  GoalState(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static GoalState fromWire(String value) {
    return Values.fromWire(GoalState.class, value, GoalState::wire);
  }
}
