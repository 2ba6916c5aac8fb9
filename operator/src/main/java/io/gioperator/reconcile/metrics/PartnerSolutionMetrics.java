package io.gioperator.reconcile.metrics;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code gi_partnersolution_ready{namespace,name}}: 1 while the PartnerSolution's Ready condition is True (its
 * Secrets are there and its solution manager, if any, answers with the token), else 0.
 */
public final class PartnerSolutionMetrics {

  private final ResourceGauge ready;

  public PartnerSolutionMetrics(MeterRegistry registry) {
    this.ready = new ResourceGauge(registry, "gi.partnersolution.ready",
        "1 while the PartnerSolution is Ready (Secrets present, solution manager answering)");
  }

  public void ready(String namespace, String name, boolean value) {
    ready.set(namespace, name, value);
  }

  public void remove(String namespace, String name) {
    ready.remove(namespace, name);
  }
}
