package io.gioperator.reconcile.model;

/** vim25 {@code HostSystem.runtime.connectionState}. */
public enum HostConnection {
  CONNECTED("connected"),
  DISCONNECTED("disconnected"),
  NOT_RESPONDING("notResponding");

  private final String wire;

  HostConnection(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static HostConnection fromWire(String value) {
    return Values.fromWire(HostConnection.class, value, HostConnection::wire);
  }
}
