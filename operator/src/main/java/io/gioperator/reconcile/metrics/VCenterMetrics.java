package io.gioperator.reconcile.metrics;

import io.micrometer.core.instrument.MeterRegistry;

/** {@code gi_vcenter_connected{namespace,name}}: 1 while a session to the vCenter is established. */
public final class VCenterMetrics {

  private final ResourceGauge connected;

  public VCenterMetrics(MeterRegistry registry) {
    this.connected = new ResourceGauge(registry, "gi.vcenter.connected",
        "1 while a session to the vCenter is established");
  }

  public void connected(String namespace, String name, boolean value) {
    connected.set(namespace, name, value);
  }

  public void remove(String namespace, String name) {
    connected.remove(namespace, name);
  }
}
