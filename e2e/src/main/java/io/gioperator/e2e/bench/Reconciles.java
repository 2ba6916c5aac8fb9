package io.gioperator.e2e.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.TreeMap;

/**
 * JOSDK's {@code reconciliations_started_total} per controller, read from the operator's own registry (the same
 * counter its /metrics serves), so the benchmark counts reconciles the way a Prometheus would.
 */
final class Reconciles {

  static final String STARTED = "reconciliations.started.total";

  private Reconciles() {}

  /** controller name -> reconciles started so far (summed over namespaces). */
  static Map<String, Long> started(MeterRegistry registry) {
    Map<String, Long> out = new TreeMap<>();
    for (Counter counter : registry.find(STARTED).counters()) {
      String controller = counter.getId().getTag("controller.name");
      out.merge(controller == null ? "(none)" : controller, (long) counter.count(), Long::sum);
    }
    return out;
  }

  /** What was started between two readings, per controller. */
  static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> out = new TreeMap<>();
    after.forEach((controller, n) -> out.put(controller, n - before.getOrDefault(controller, 0L)));
    return out;
  }

  static long total(Map<String, Long> byController) {
    return byController.values().stream().mapToLong(Long::longValue).sum();
  }
}
