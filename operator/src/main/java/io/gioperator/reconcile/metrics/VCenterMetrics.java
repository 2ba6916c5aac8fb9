package io.gioperator.reconcile.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@code gi_vcenter_connected{namespace,name}}: 1 while a session to the vCenter is established. */
public final class VCenterMetrics {

  private final MeterRegistry registry;
  private final Map<String, AtomicLong> connected = new ConcurrentHashMap<>();
  private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

  public VCenterMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void connected(String namespace, String name, boolean value) {
    String key = namespace + "/" + name;
    AtomicLong v = connected.computeIfAbsent(key, k -> {
      AtomicLong a = new AtomicLong();
      gauges.put(k, Gauge.builder("gi.vcenter.connected", a, AtomicLong::get)
          .tags("namespace", namespace, "name", name).register(registry));
      return a;
    });
    v.set(value ? 1 : 0);
  }

  public void remove(String namespace, String name) {
    String key = namespace + "/" + name;
    connected.remove(key);
    Gauge g = gauges.remove(key);
    if (g != null) {
      registry.remove(g);
    }
  }
}
