package io.gioperator.e2e.demo;

import io.gioperator.app.OperatorApp;
import io.gioperator.e2e.kube.EmbeddedKubernetes;
import io.gioperator.e2e.lab.LocalLab;
import io.gioperator.simulator.Simulator;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The one-command demo: an embedded Kubernetes API, the simulator (vCenter, EAM, partner manager) and the
 * operator, with deploy/examples applied. Shows a live table until every cluster is Ready, optionally injects
 * a fault and shows the repair, then keeps serving metrics until Ctrl-C.
 */
public final class DemoMain {

  static final String NAMESPACE = LocalLab.NAMESPACE;

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
    LocalLab lab = LocalLab.start(new LocalLab.Spec(options.clusters(), options.hosts(), options.realistic(),
        options.metricsPort(), options.kubePort()));
    Path kubeconfig = lab.kube().writeKubeconfig(lab.root().resolve("e2e/target/demo/kubeconfig"));
    Runtime.getRuntime().addShutdownHook(new Thread(lab::close, "demo-shutdown"));

    printEndpoints(out, lab.sim(), lab.kube(), kubeconfig, lab.app());
    lab.apply(lab.examples(options.clusters()),
        item -> out.printf("applied %s %s%n", item.getKind(), item.getMetadata().getName()));

    DemoProgress progress = new DemoProgress(lab.kube().client(), NAMESPACE, lab.sim(), options, out);
    boolean done = progress.runUntilDone();
    if (!done) {
      out.println("Timed out after " + options.timeout().toSeconds() + " s; the table above shows where it is stuck.");
      return 1;
    }
    if (options.exitWhenReady()) {
      return 0;
    }
    out.printf("Everything is Ready. Metrics keep serving at http://127.0.0.1:%d/metrics; Ctrl-C to stop.%n",
        lab.app().httpPort());
    progress.followForever();
    return 0;
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
}
