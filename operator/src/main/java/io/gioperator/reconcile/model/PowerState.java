package io.gioperator.reconcile.model;

/** vim25 {@code VirtualMachinePowerState} of an agent VM. */
public enum PowerState {
  POWERED_ON("poweredOn"),
  POWERED_OFF("poweredOff"),
  SUSPENDED("suspended");

  private final String wire;

  PowerState(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static PowerState fromWire(String value) {
    return Values.fromWire(PowerState.class, value, PowerState::wire);
  }
}
