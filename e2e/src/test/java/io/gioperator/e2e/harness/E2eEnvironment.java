package io.gioperator.e2e.harness;

import io.gioperator.e2e.lab.RepoRoot;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.gioperator.e2e.kube.EmbeddedKubernetes;
import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.SimulatorConfig;
import io.gioperator.simulator.core.Timings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario class shares: a simulator (vCenter, EAM, partner manager), the embedded Kubernetes API with
 * the CRDs, and the operator as a separate process through its real entry point. Scenarios of a class use
 * separate namespaces and clusters, so they do not interfere.
 */
public final class E2eEnvironment implements AutoCloseable {

  /** The example Secrets hold these values; the simulator is started with the same ones. */
  public static final String PASSWORD = "VMware1!";
  public static final String PARTNER_TOKEN = "demo-dsm-api-token";

  private final Path root;
  private final Path workDir;
  private final List<Simulator> simulators;
  private final EmbeddedKubernetes kube;
  private final Path kubeconfig;
  private final Map<String, String> operatorEnv;
  private OperatorProcess operator;

  private E2eEnvironment(Path root, Path workDir, List<Simulator> simulators, EmbeddedKubernetes kube,
      Path kubeconfig, Map<String, String> operatorEnv) {
    this.root = root;
    this.workDir = workDir;
    this.simulators = simulators;
    this.kube = kube;
    this.kubeconfig = kubeconfig;
    this.operatorEnv = operatorEnv;
  }

  /** A simulator of {@code clusters} x {@code hosts} with fast timings and the example credentials. */
  public static SimulatorConfig.Builder simulator(int clusters, int hosts) {
    return SimulatorConfig.builder().size(clusters, hosts).timings(Timings.fast()).password(PASSWORD)
        .partnerToken(PARTNER_TOKEN);
  }

  /** Starts the simulators (the first is "the" vCenter), the Kubernetes API and the operator. */
  public static E2eEnvironment start(Class<?> scenario, SimulatorConfig... configs) {
    Path root = RepoRoot.find();
    Path workDir = root.resolve("e2e/target/e2e/" + scenario.getSimpleName());
    List<Simulator> sims = new ArrayList<>();
    for (SimulatorConfig config : configs) {
      sims.add(Simulator.start(config));
    }
    EmbeddedKubernetes kube = EmbeddedKubernetes.start(0, root.resolve("crds"));
    Path kubeconfig = kube.writeKubeconfig(workDir.resolve("kubeconfig"));
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GI_VCENTER_RATE_PER_SECOND", "200");
    env.put("GI_SHUTDOWN_GRACE_SECONDS", "5");
    // Recovery from the injected outages is looked at every 10 s instead of the default 30 s: the scenarios
    // assert what happens, not how soon. The defaults run in the ops tests and the demo.
    env.put("GI_RETRY_INTERVAL", "10s");
    E2eEnvironment e2e = new E2eEnvironment(root, workDir, sims, kube, kubeconfig, env);
    e2e.startOperator();
    return e2e;
  }

  /** (Re)starts the operator process; its log is appended to {@code operator.log} of the class. */
  public OperatorProcess startOperator() {
    operator = OperatorProcess.start(kubeconfig, workDir.resolve("operator.log"), operatorEnv);
    return operator;
  }

  public OperatorProcess operator() {
    return operator;
  }

  public Simulator sim() {
    return simulators.get(0);
  }

  public Simulator sim(int index) {
    return simulators.get(index);
  }

  public NamespacedKubernetesClient kube() {
    return kube.client();
  }

  public Path examples() {
    return root.resolve("deploy/examples");
  }

  /** A namespace with the shipped examples pointed at simulator {@code simIndex} and its cluster {@code cluster}. */
  public Tenant tenant(String namespace, int cluster) {
    return tenant(namespace, cluster, 0);
  }

  public Tenant tenant(String namespace, int cluster, int simIndex) {
    return new Tenant(this, namespace, cluster, simulators.get(simIndex));
  }

  /** The operator's log so far (for failure messages). */
  public String operatorLogTail() {
    try {
      Path log = workDir.resolve("operator.log");
      if (!Files.exists(log)) {
        return "";
      }
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (java.io.IOException e) {
      return "(cannot read the operator log: " + e + ")";
    }
  }

  @Override
  public void close() throws Exception {
    try {
      if (operator != null) {
        operator.close();
      }
    } finally {
      kube.close();
      for (Simulator sim : simulators) {
        sim.close();
      }
    }
  }
}
