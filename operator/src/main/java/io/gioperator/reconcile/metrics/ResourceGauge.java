package io.gioperator.reconcile.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** One gauge series per custom resource (labels {@code namespace}, {@code name}), dropped when it is deleted. */
final class ResourceGauge {

  private record Series(AtomicLong value, Gauge gauge) {}

  private final MeterRegistry registry;
  private final String metric;
  private final String description;
  private final Map<String, Series> series = new ConcurrentHashMap<>();

  ResourceGauge(MeterRegistry registry, String metric, String description) {
    this.registry = registry;
    this.metric = metric;
    this.description = description;
  }

  void set(String namespace, String name, boolean value) {
    series.computeIfAbsent(namespace + "/" + name, k -> {
      AtomicLong v = new AtomicLong();
      return new Series(v, Gauge.builder(metric, v, AtomicLong::get).description(description)
          .tags("namespace", namespace, "name", name).register(registry));
    }).value().set(value ? 1 : 0);
  }

  void remove(String namespace, String name) {
    Series s = series.remove(namespace + "/" + name);
    if (s != null) {
      registry.remove(s.gauge());
    }
  }
}
