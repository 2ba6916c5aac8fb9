package io.gioperator.reconcile.model;

/**
 * EAM runtime status: green = goal reached, yellow = EAM is working on it, red = an issue blocks
 * the goal.
 */
public enum EamStatus {
  GREEN("green"),
  YELLOW("yellow"),
  RED("red");

  private final String wire;

  EamStatus(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static EamStatus fromWire(String value) {
    return Values.fromWire(EamStatus.class, value, EamStatus::wire);
  }
}
