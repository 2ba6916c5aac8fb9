package io.gioperator.reconcile.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A 0/1 gauge with one series per custom resource (labels {@code namespace}, {@code name}), dropped when the
 * resource is deleted: {@code gi_vcenter_connected} and {@code gi_partnersolution_ready} (docs/metrics.md).
 */
public final class ResourceGauge {

  private record Series(AtomicLong value, Gauge gauge) {}

  private final MeterRegistry registry;
  private final String metric;
  private final String description;
  private final Map<String, Series> series = new ConcurrentHashMap<>();

  private ResourceGauge(MeterRegistry registry, String metric, String description) {
    this.registry = registry;
    this.metric = metric;
    this.description = description;
  }

  /** {@code gi_vcenter_connected}: 1 while a session to the VCenter's vCenter is established. */
  public static ResourceGauge vcenterConnected(MeterRegistry registry) {
    return new ResourceGauge(registry, "gi.vcenter.connected", "1 while a session to the vCenter is established");
  }

  /** {@code gi_partnersolution_ready}: 1 while the PartnerSolution's Ready condition is True. */
  public static ResourceGauge partnerSolutionReady(MeterRegistry registry) {
    return new ResourceGauge(registry, "gi.partnersolution.ready",
        "1 while the PartnerSolution is Ready (Secrets present, solution manager answering)");
  }

  public void set(String namespace, String name, boolean value) {
    series.computeIfAbsent(namespace + "/" + name, k -> {
      AtomicLong v = new AtomicLong();
      return new Series(v, Gauge.builder(metric, v, AtomicLong::get).description(description)
          .tags("namespace", namespace, "name", name).register(registry));
    }).value().set(value ? 1 : 0);
  }

  public void remove(String namespace, String name) {
    Series s = series.remove(namespace + "/" + name);
    if (s != null) {
      registry.remove(s.gauge());
    }
  }
}
