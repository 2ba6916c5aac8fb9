package io.gioperator.e2e.demo;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.app.DefaultControllers;
import io.gioperator.app.OperatorApp;
import io.gioperator.app.OperatorConfig;
import io.gioperator.e2e.kube.EmbeddedKubernetes;
import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.SimulatorConfig;
import io.gioperator.simulator.core.Timings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one-command demo: an embedded Kubernetes API, the simulator (vCenter, EAM, partner manager) and the
 * operator, with deploy/examples applied. Shows a live table until every cluster is Ready, optionally injects
 * a fault and shows the repair, then keeps serving metrics until Ctrl-C.
 */
public final class DemoMain {

  static final String NAMESPACE = "gi-system";
  /** The example Secrets hold these demo values; the simulator is started with the same ones. */
  static final String DEMO_PASSWORD = "VMware1!";
  static final String DEMO_PARTNER_TOKEN = "demo-dsm-api-token";

  /** The mock API server logs every request through java.util.logging; the demo's table is what matters. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private DemoMain() {}

  public static void main(String[] args) throws Exception {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(DemoOptions.USAGE);
      return;
    }
    int exit = run(options, System.out);
    System.exit(exit);
  }

  /** Runs the demo; returns the process exit code (0 Ready, 1 timed out). */
  public static int run(DemoOptions options, PrintStream out) throws Exception {
    MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
    Path root = RepoRoot.find();
    Simulator sim = Simulator.start(SimulatorConfig.builder()
        .size(options.clusters(), options.hosts())
        .timings(options.realistic() ? Timings.realistic() : Timings.fast())
        .password(DEMO_PASSWORD)
        .partnerToken(DEMO_PARTNER_TOKEN)
        .build());
    EmbeddedKubernetes kube = EmbeddedKubernetes.start(options.kubePort(), root.resolve("crds"));
    Path kubeconfig = kube.writeKubeconfig(root.resolve("e2e/target/demo/kubeconfig"));
    OperatorConfig config = OperatorConfig.fromEnvironment(System.getenv())
        .withHttpPort(options.metricsPort())
        .withServerSideApply(false);
    OperatorApp app = OperatorApp.start(config, kube.client(),
        DefaultControllers.create(config.reconcileSettings()));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      kube.close();
      sim.close();
    }, "demo-shutdown"));

    printEndpoints(out, sim, kube, kubeconfig, app);
    apply(kube.client(), ExampleManifests.forSimulator(kube.client(), root.resolve("deploy/examples"),
        new ExampleManifests.SimulatorEndpoints(baseUrl(sim.vcenterUrl()), sim.partnerUrl(), sim.certificatePem()),
        options.clusters()), out);

    DemoProgress progress = new DemoProgress(kube.client(), NAMESPACE, sim, options, out);
    boolean done = progress.runUntilDone();
    if (!done) {
      out.println("Timed out after " + options.timeout().toSeconds() + " s; the table above shows where it is stuck.");
      return 1;
    }
    if (options.exitWhenReady()) {
      return 0;
    }
    out.printf("Everything is Ready. Metrics keep serving at http://127.0.0.1:%d/metrics; Ctrl-C to stop.%n",
        app.httpPort());
    progress.followForever();
    return 0;
  }

  private static void apply(KubernetesClient client, List<HasMetadata> items, PrintStream out) {
    for (HasMetadata item : items) {
      client.resource(item).create();
      out.printf("applied %s %s%n", item.getKind(), item.getMetadata().getName());
    }
  }

  private static String baseUrl(String sdkUrl) {
    return sdkUrl.endsWith("/sdk") ? sdkUrl.substring(0, sdkUrl.length() - "/sdk".length()) : sdkUrl;
  }

  private static void printEndpoints(PrintStream out, Simulator sim, EmbeddedKubernetes kube, Path kubeconfig,
      OperatorApp app) {
    out.println("gi-operator demo");
    out.println("  Kubernetes API : " + kube.url() + "   (kubectl --kubeconfig " + kubeconfig + " get gi -A)");
    out.println("  operator       : http://127.0.0.1:" + app.httpPort() + "/metrics  /healthz  /readyz");
    out.println("  vCenter (sim)  : " + sim.vcenterUrl() + "   EAM: " + sim.eamUrl());
    out.println("  partner (sim)  : " + sim.partnerUrl());
    out.println("  fault injection: " + sim.controlUrl() + "   (see docs/simulator.md)");
    out.println();
  }

  /** The repository root: the demo reads crds/ and deploy/examples from it. */
  static final class RepoRoot {
    private RepoRoot() {}

    static Path find() {
      Path dir = Path.of("").toAbsolutePath();
      for (Path p = dir; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("crds")) && Files.isDirectory(p.resolve("deploy/examples"))) {
          return p;
        }
      }
      throw new IllegalStateException("Run the demo from the gi-operator repository (no crds/ above " + dir + ")");
    }
  }
}
