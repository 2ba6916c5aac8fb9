package io.gioperator.ops;

import io.gioperator.e2e.lab.RepoRoot;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.e2e.demo.ExampleManifests;
import io.gioperator.e2e.harness.OperatorProcess;
import io.gioperator.e2e.kube.EmbeddedKubernetes;
import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A small lab for the operations tests: the simulator (vCenter, EAM, partner manager), an embedded Kubernetes API
 * and the shipped examples pointed at the simulator, with freshly generated secret values so that a test can
 * search every output for them. Operators are started separately ({@link #startOperator}).
 */
public final class OpsLab implements AutoCloseable {

  public static final String NAMESPACE = "gi-system";
  public static final String GI = "cluster-01";
  public static final String VCENTER = "vcenter-lab";
  public static final String API_VERSION = "gi-operator.io/v1alpha1";

  private final Path workDir;
  private final LabSecrets secrets;
  private final Simulator sim;
  private final LabKubernetes kube;
  private final Path kubeconfig;

  private OpsLab(Path workDir, LabSecrets secrets, Simulator sim, LabKubernetes kube) {
    this.workDir = workDir;
    this.secrets = secrets;
    this.sim = sim;
    this.kube = kube;
    this.kubeconfig = kube.writeKubeconfig(workDir.resolve("kubeconfig"));
  }

  /** Starts the simulator with one cluster of {@code hosts} hosts and a Kubernetes API with the project's CRDs. */
  public static OpsLab start(String name, int hosts) {
    return start(name, hosts, LabKubernetes.of(EmbeddedKubernetes.start(0, RepoRoot.crds())));
  }

  /** As {@link #start(String, int)}, with a Kubernetes API the caller built (e.g. one that answers RBAC reviews). */
  public static OpsLab start(String name, int hosts, LabKubernetes kube) {
    Path dir = Path.of("target", "ops", name).toAbsolutePath();
    try {
      Files.createDirectories(dir);
      try (var old = Files.list(dir)) {
        for (Path f : old.filter(f -> f.toString().endsWith(".log")).toList()) {
          Files.delete(f); // operator logs are appended to: start each lab with fresh ones
        }
      }
      LabSecrets secrets = LabSecrets.generate();
      Simulator sim = Simulator.start(SimulatorConfig.builder().size(1, hosts)
          .password(secrets.vcenterPassword()).partnerToken(secrets.partnerToken()).build());
      return new OpsLab(dir, secrets, sim, kube);
    } catch (java.io.IOException e) {
      kube.close();
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An operator process with this lab's kubeconfig; {@code id} names its log file and is its HOSTNAME. */
  public OperatorProcess startOperator(String id, Map<String, String> env) {
    Map<String, String> all = new java.util.LinkedHashMap<>();
    all.put("HOSTNAME", id);
    all.putAll(env);
    return OperatorProcess.start(kubeconfig, logFile(id), all);
  }

  public Path logFile(String id) {
    return workDir.resolve(id + ".log");
  }

  /** Applies deploy/examples (namespace, secrets with this lab's values, VCenter, PartnerSolution, one GI). */
  public void applyExamples() {
    KubernetesClient client = kube.client();
    List<HasMetadata> items = ExampleManifests.forSimulator(client, RepoRoot.find().resolve("deploy/examples"),
        new ExampleManifests.SimulatorEndpoints(baseUrl(sim.vcenterUrl()), sim.partnerUrl(), sim.certificatePem()),
        1);
    for (HasMetadata item : items) {
      if (item instanceof Secret secret) {
        secrets.fill(secret);
      }
      client.resource(item).create();
    }
  }

  public GenericKubernetesResource resource(String kind, String name) {
    return kube.client().genericKubernetesResources(API_VERSION, kind).inNamespace(NAMESPACE).withName(name).get();
  }

  /** The status of a Ready-style condition of one of our resources, or "" when absent. */
  @SuppressWarnings("unchecked")
  public String condition(String kind, String name, String type) {
    GenericKubernetesResource r = resource(kind, name);
    if (r == null || !(r.getAdditionalProperties().get("status") instanceof Map<?, ?> status)) {
      return "";
    }
    Object conditions = status.get("conditions");
    if (!(conditions instanceof List<?> list)) {
      return "";
    }
    for (Object o : list) {
      Map<String, Object> c = (Map<String, Object>) o;
      if (type.equals(c.get("type"))) {
        return String.valueOf(c.get("status"));
      }
    }
    return "";
  }

  public boolean giReady() {
    return "True".equals(condition("GuestIntrospection", GI, "Ready"));
  }

  /** A one-line summary of the GuestIntrospection's status for failure messages. */
  public String giStatus() {
    GenericKubernetesResource r = resource("GuestIntrospection", GI);
    return r == null ? "(no GuestIntrospection)" : String.valueOf(r.getAdditionalProperties().get("status"));
  }

  public Simulator sim() {
    return sim;
  }

  public LabKubernetes kube() {
    return kube;
  }

  public LabSecrets secrets() {
    return secrets;
  }

  public Path workDir() {
    return workDir;
  }

  @Override
  public void close() {
    kube.close();
    sim.close();
  }

  private static String baseUrl(String sdkUrl) {
    return sdkUrl.endsWith("/sdk") ? sdkUrl.substring(0, sdkUrl.length() - "/sdk".length()) : sdkUrl;
  }

  /**
   * The three secrets the examples hold, generated per lab (never the demo values, so that a match in some
   * output can only be a leak): vCenter password, partner API token, and the SVA's OVF property dsm.token.
   */
  public record LabSecrets(String vcenterPassword, String partnerToken, String ovfToken) {

    static LabSecrets generate() {
      return new LabSecrets("Pw-" + hex(10) + "!", "tok-" + hex(16), "ovf-" + hex(16));
    }

    public List<String> all() {
      return List.of(vcenterPassword, partnerToken, ovfToken);
    }

    void fill(Secret secret) {
      Map<String, String> data = secret.getStringData();
      if (data == null) {
        return;
      }
      data.replaceAll((key, value) -> switch (key) {
        case "password" -> vcenterPassword;
        case "token" -> partnerToken;
        case "dsm.token" -> ovfToken;
        default -> value;
      });
    }

    private static String hex(int bytes) {
      byte[] b = new byte[bytes];
      new SecureRandom().nextBytes(b);
      return HexFormat.of().formatHex(b);
    }

    @Override
    public String toString() {
      return "LabSecrets[hidden]";
    }
  }
}
