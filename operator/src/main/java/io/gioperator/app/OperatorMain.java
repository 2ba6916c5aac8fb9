package io.gioperator.app;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.gioperator.api.v1alpha1.DurationString;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the container image and of {@code java -jar}: connects to Kubernetes through the
 * kubeconfig or the in-cluster service account, runs until SIGTERM, then stops cleanly.
 */
public final class OperatorMain {

  private static final Logger LOG = LoggerFactory.getLogger(OperatorMain.class);

  private OperatorMain() {}

  public static void main(String[] args) throws Exception {
    OperatorConfig config;
    try {
      config = OperatorConfig.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      LOG.error("Invalid configuration: {}", e.getMessage());
      System.exit(2);
      return;
    }
    ReconcileIntervals intervals = config.reconcileIntervals();
    LOG.info("Reconcile intervals: {} while converging, {} when steady, {} after a failed observation; partner "
        + "watch {}", DurationString.format(intervals.converging()), DurationString.format(intervals.steady()),
        DurationString.format(intervals.retry()), intervals.partnerWatch().isZero() ? "off"
            : "every " + DurationString.format(intervals.partnerWatch()));
    KubernetesClient client = new KubernetesClientBuilder().build();
    OperatorApp app = OperatorApp.start(config, client, DefaultControllers.create(config.reconcileSettings()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      client.close();
      stopped.countDown();
    }, "gi-shutdown"));
    stopped.await();
  }
}
