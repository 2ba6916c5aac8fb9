package io.gioperator.app;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetricsV2;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator process without its {@code main}: JOSDK, the controllers, the probe and metrics endpoint.
 * Tests and the demo start it in-process exactly as {@link OperatorMain} does.
 */
public final class OperatorApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OperatorApp.class);

  private final OperatorConfig config;
  private final PrometheusMeterRegistry registry;
  private final Operator operator;
  private final AutoCloseable controllerResources;
  private final HealthServer healthServer;
  private final AtomicBoolean stopped = new AtomicBoolean();
  /** Set once {@code operator.start()} returned, i.e. every informer has synced. */
  private volatile boolean started;

  private OperatorApp(OperatorConfig config, KubernetesClient client, ControllerSet controllers)
      throws IOException {
    this.config = config;
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(JosdkMeterFilters.uniformEventTags());
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    this.operator = new Operator(overrider -> {
      overrider.withKubernetesClient(client)
          .withMetrics(MicrometerMetricsV2.newBuilder(registry).build())
          .withConcurrentReconciliationThreads(config.reconcileThreads())
          .withUseSSAToPatchPrimaryResource(config.useServerSideApply())
          .withCloseClientOnStop(false)
          .withStopOnInformerErrorDuringStartup(true);
      if (config.leaderElection()) {
        var leaderElection = LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(config.leaseName())
            .withLeaderCallbacks(new LeaderCallbacks(
                () -> LOG.info("Leading: this replica reconciles and changes vSphere"),
                this::onLeadershipLost,
                leader -> LOG.info("Leader is {}", leader)));
        if (config.leaseNamespace() != null) {
          leaderElection.withLeaseNamespace(config.leaseNamespace());
        }
        overrider.withLeaderElectionConfiguration(leaderElection.build());
      }
    });
    this.controllerResources = controllers.register(operator, new AppContext(config, client, registry));
    this.healthServer = new HealthServer(config.httpBindAddress(), config.httpPort(), this::isReady, registry);
  }

  /**
   * JOSDK 5.3.2's {@code build()} configures {@code exitOnStopLeading=false}, and then losing the Lease only logs:
   * the replica would keep reconciling next to the new leader (two writers to vSphere). Losing it while not
   * stopping therefore ends the process (exit code 1); Kubernetes restarts it and it rejoins as a follower. The
   * exit runs in its own thread so that the shutdown hook can stop the operator cleanly.
   */
  private void onLeadershipLost() {
    if (stopped.get()) {
      return;
    }
    LOG.error("Lost the leader Lease {}: exiting so that this replica stops changing vSphere; Kubernetes restarts "
        + "it as a follower", config.leaseName());
    Thread exit = new Thread(() -> System.exit(1), "gi-lost-leadership");
    exit.setDaemon(false);
    exit.start();
  }

  /** Builds the app, starts the HTTP endpoint first (probes answer during start-up), then the operator. */
  public static OperatorApp start(OperatorConfig config, KubernetesClient client, ControllerSet controllers)
      throws IOException {
    OperatorApp app = new OperatorApp(config, client, controllers);
    app.healthServer.start();
    LOG.info("Probes and metrics on port {} (/healthz, /readyz, /metrics)", app.healthServer.port());
    app.operator.start();
    app.started = true;
    LOG.info("gi-operator started, watching {}",
        config.watchesAllNamespaces() ? "all namespaces" : config.watchedNamespaces());
    return app;
  }

  /**
   * Ready once the operator has started (its informers synced) and every informer and event source is healthy.
   * Until start-up has finished the answer is false without asking JOSDK: its runtime info can block while the
   * informers wait for the API server, and a probe must answer at once.
   */
  public boolean isReady() {
    return started && !stopped.get()
        && operator.getRuntimeInfo().isStarted()
        && operator.getRuntimeInfo().allEventSourcesAreHealthy();
  }

  public int httpPort() {
    return healthServer.port();
  }

  public PrometheusMeterRegistry meterRegistry() {
    return registry;
  }

  public OperatorConfig config() {
    return config;
  }

  @Override
  public void close() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    LOG.info("gi-operator stopping");
    try {
      operator.stop();
    } catch (RuntimeException e) {
      LOG.warn("Operator did not stop cleanly: {}", e.toString());
    }
    try {
      controllerResources.close();
    } catch (Exception e) {
      LOG.warn("Controller resources did not close cleanly: {}", e.toString());
    }
    healthServer.close();
    registry.close();
    LOG.info("gi-operator stopped");
  }
}
