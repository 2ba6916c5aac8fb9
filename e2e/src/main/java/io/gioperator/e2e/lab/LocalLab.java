package io.gioperator.e2e.lab;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.gioperator.app.DefaultControllers;
import io.gioperator.app.OperatorApp;
import io.gioperator.app.OperatorConfig;
import io.gioperator.e2e.demo.ExampleManifests;
import io.gioperator.e2e.kube.EmbeddedKubernetes;
import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.SimulatorConfig;
import io.gioperator.simulator.core.Timings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One machine's whole lab, in-process: the simulator (vCenter, EAM, partner manager), an embedded Kubernetes API
 * with the CRDs, and the operator. The demo and the benchmarks start it the same way, so what the benchmarks
 * measure is what the demo shows.
 */
public final class LocalLab implements AutoCloseable {

  /** The namespace of deploy/examples. */
  public static final String NAMESPACE = "gi-system";
  /** The example Secrets hold these demo values; the simulator is started with the same ones. */
  public static final String DEMO_PASSWORD = "VMware1!";
  public static final String DEMO_PARTNER_TOKEN = "demo-dsm-api-token";

  /** The mock API server logs every request through java.util.logging; kept referenced so the level holds. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private final Path root;
  private final Simulator sim;
  private final EmbeddedKubernetes kube;
  private final OperatorApp app;

  private LocalLab(Path root, Simulator sim, EmbeddedKubernetes kube, OperatorApp app) {
    this.root = root;
    this.sim = sim;
    this.kube = kube;
    this.app = app;
  }

  /** What to start: the simulated inventory, its timings, and the operator's metrics and Kubernetes API ports. */
  public record Spec(int clusters, int hosts, boolean realistic, int metricsPort, int kubePort) {}

  /**
   * Starts simulator, Kubernetes API and operator (configured from the process environment, like the container,
   * but without server-side apply, which the embedded API server lacks). Nothing is applied yet.
   */
  public static LocalLab start(Spec spec) throws IOException {
    MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
    Path root = RepoRoot.find();
    Simulator sim = Simulator.start(SimulatorConfig.builder()
        .size(spec.clusters(), spec.hosts())
        .timings(spec.realistic() ? Timings.realistic() : Timings.fast())
        .password(DEMO_PASSWORD)
        .partnerToken(DEMO_PARTNER_TOKEN)
        .build());
    EmbeddedKubernetes kube = EmbeddedKubernetes.start(spec.kubePort(), root.resolve("crds"));
    OperatorConfig config = OperatorConfig.fromEnvironment(System.getenv())
        .withHttpPort(spec.metricsPort())
        .withServerSideApply(false);
    try {
      return new LocalLab(root, sim, kube,
          OperatorApp.start(config, kube.client(), DefaultControllers.create(config.reconcileSettings())));
    } catch (IOException | RuntimeException e) {
      kube.close();
      sim.close();
      throw e;
    }
  }

  /** deploy/examples pointed at the simulator, one GuestIntrospection per cluster, not yet applied. */
  public List<HasMetadata> examples(int clusters) {
    return ExampleManifests.forSimulator(kube.client(), root.resolve("deploy/examples"),
        new ExampleManifests.SimulatorEndpoints(baseUrl(sim.vcenterUrl()), sim.partnerUrl(), sim.certificatePem()),
        clusters);
  }

  /** Creates each item through the Kubernetes API, in order, telling {@code applied} after each. */
  public void apply(List<HasMetadata> items, Consumer<HasMetadata> applied) {
    for (HasMetadata item : items) {
      kube.client().resource(item).create();
      applied.accept(item);
    }
  }

  public Path root() {
    return root;
  }

  public Simulator sim() {
    return sim;
  }

  public EmbeddedKubernetes kube() {
    return kube;
  }

  public OperatorApp app() {
    return app;
  }

  private static String baseUrl(String sdkUrl) {
    return sdkUrl.endsWith("/sdk") ? sdkUrl.substring(0, sdkUrl.length() - "/sdk".length()) : sdkUrl;
  }

  @Override
  public void close() {
    app.close();
    kube.close();
    sim.close();
  }
}
