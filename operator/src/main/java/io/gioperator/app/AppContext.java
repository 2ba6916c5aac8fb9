package io.gioperator.app;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;

/** What a controller needs from the process: its settings, the Kubernetes client and the metrics registry. */
public record AppContext(OperatorConfig config, KubernetesClient kubernetesClient, MeterRegistry meterRegistry) {}
