package io.gioperator.e2e.harness;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.VCenter;
import io.gioperator.e2e.demo.ExampleManifests;
import io.gioperator.simulator.Simulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One namespace of a scenario: the shipped examples applied through the Kubernetes API, pointed at a simulator
 * and one of its clusters ({@code Cluster-NN}, GuestIntrospection {@code cluster-NN}); reads and edits of its
 * resources as a platform team would make them.
 */
public final class Tenant {

  public static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final E2eEnvironment env;
  private final String namespace;
  private final int cluster;
  private final Simulator sim;

  Tenant(E2eEnvironment env, String namespace, int cluster, Simulator sim) {
    this.env = env;
    this.namespace = namespace;
    this.cluster = cluster;
    this.sim = sim;
  }

  public String namespace() {
    return namespace;
  }

  public Simulator sim() {
    return sim;
  }

  /** The GuestIntrospection's name, {@code cluster-NN}. */
  public String name() {
    return String.format("cluster-%02d", cluster);
  }

  /** The simulator's cluster name, {@code Cluster-NN}. */
  public String clusterName() {
    return String.format("Cluster-%02d", cluster);
  }

  public String clusterPath() {
    return "/DC1/host/" + clusterName();
  }

  /** The agency name the operator gives this GuestIntrospection in EAM. */
  public String agencyName() {
    return "gi-operator/" + namespace + "/" + name();
  }

  public KubernetesClient kube() {
    return env.kube();
  }

  /** Everything the examples contain, in file order, before anything is created. */
  public List<HasMetadata> manifests() {
    String base = sim.vcenterUrl().replaceFirst("/sdk$", "");
    return ExampleManifests.inNamespace(kube(), env.examples(),
        new ExampleManifests.SimulatorEndpoints(base, sim.partnerUrl(), sim.certificatePem()), namespace, cluster);
  }

  /** Creates the namespace and applies every example. */
  public Tenant apply() {
    return apply(manifests(), m -> { });
  }

  /** Creates the namespace and applies the given manifests after {@code edit} has seen each of them. */
  public Tenant apply(List<HasMetadata> items, Consumer<HasMetadata> edit) {
    createNamespace();
    for (HasMetadata item : items) {
      edit.accept(item);
      kube().resource(item).create();
    }
    return this;
  }

  /** Adds a second GuestIntrospection ({@code cluster-NN}) in this namespace for another cluster of the same vCenter. */
  public String addGuestIntrospection(int otherCluster) {
    String base = sim.vcenterUrl().replaceFirst("/sdk$", "");
    HasMetadata gi = ExampleManifests.inNamespace(kube(), env.examples(),
            new ExampleManifests.SimulatorEndpoints(base, sim.partnerUrl(), sim.certificatePem()), namespace,
            otherCluster).stream()
        .filter(m -> "GuestIntrospection".equals(m.getKind())).findFirst().orElseThrow();
    kube().resource(gi).create();
    return gi.getMetadata().getName();
  }

  public void createNamespace() {
    if (kube().namespaces().withName(namespace).get() == null) {
      kube().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
          .build()).create();
    }
  }

  public GuestIntrospection gi() {
    return kube().resources(GuestIntrospection.class).inNamespace(namespace).withName(name()).get();
  }

  public GuestIntrospection gi(String giName) {
    return kube().resources(GuestIntrospection.class).inNamespace(namespace).withName(giName).get();
  }

  public VCenter vcenter() {
    return kube().resources(VCenter.class).inNamespace(namespace).withName("vcenter-lab").get();
  }

  public void editGi(Consumer<GuestIntrospection> change) {
    retryOnConflict(() -> kube().resources(GuestIntrospection.class).inNamespace(namespace).withName(name())
        .edit(gi -> {
          change.accept(gi);
          return gi;
        }));
  }

  public void editPartner(Consumer<PartnerSolution> change) {
    retryOnConflict(() -> kube().resources(PartnerSolution.class).inNamespace(namespace)
        .withName("trendmicro-ds-20").edit(p -> {
          change.accept(p);
          return p;
        }));
  }

  public void editVCenter(Consumer<VCenter> change) {
    retryOnConflict(() -> kube().resources(VCenter.class).inNamespace(namespace).withName("vcenter-lab").edit(v -> {
      change.accept(v);
      return v;
    }));
  }

  /** The operator writes the same objects (finalizer, status): an edit that lost the race is made again. */
  private static void retryOnConflict(Runnable edit) {
    for (int attempt = 1; ; attempt++) {
      try {
        edit.run();
        return;
      } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
        if (e.getCode() != 409 || attempt == 10) {
          throw e;
        }
      }
    }
  }

  /** Replaces one key of a Secret, as `kubectl create secret ... --dry-run -o yaml | kubectl apply` would. */
  public void setSecretKey(String secret, String key, String value) {
    retryOnConflict(() -> kube().secrets().inNamespace(namespace).withName(secret).edit(s -> {
      Secret copy = s;
      Map<String, String> data = new java.util.HashMap<>(Optional.ofNullable(copy.getData()).orElse(Map.of()));
      // The mock API server keeps stringData as written (the real one folds it into data): fold it here.
      Optional.ofNullable(copy.getStringData()).orElse(Map.of()).forEach((k, v) -> data.put(k,
          Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
      data.put(key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
      copy.setData(data);
      copy.setStringData(null);
      return copy;
    }));
  }

  public Optional<Condition> condition(String type) {
    return condition(gi(), type);
  }

  public static Optional<Condition> condition(GuestIntrospection gi, String type) {
    if (gi == null || gi.getStatus() == null || gi.getStatus().getConditions() == null) {
      return Optional.empty();
    }
    return gi.getStatus().getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
  }

  public boolean isTrue(String type) {
    return condition(type).map(c -> c.getStatus() == ConditionStatus.TRUE).orElse(false);
  }

  /** Waits until Ready=True with {@code hosts} hosts in scope and ready. */
  public void awaitReady(int hosts) {
    awaitReady(hosts, READY_TIMEOUT);
  }

  public void awaitReady(int hosts, Duration timeout) {
    awaitGi("Ready=True with " + hosts + "/" + hosts + " hosts", timeout,
        gi -> condition(gi, "Ready").map(c -> c.getStatus() == ConditionStatus.TRUE).orElse(false)
            && (hosts + "/" + hosts).equals(gi.getStatus().getReadyHosts()));
  }

  /** Waits until condition {@code type} has {@code status} and a reason and message matching the predicate. */
  public Condition awaitCondition(String type, ConditionStatus status, Predicate<Condition> matches,
      Duration timeout) {
    awaitGi(type + "=" + status.wireName(), timeout, gi -> condition(gi, type)
        .filter(c -> c.getStatus() == status && matches.test(c)).isPresent());
    return condition(type).orElseThrow();
  }

  public void awaitGi(String what, Duration timeout, Predicate<GuestIntrospection> condition) {
    Await.until(name() + " in " + namespace + ": " + what, timeout, () -> {
      GuestIntrospection gi = gi();
      return gi != null && condition.test(gi);
    }, this::diagnostic);
  }

  public Optional<HostStatus> host(String hostName) {
    GuestIntrospection gi = gi();
    if (gi == null || gi.getStatus() == null) {
      return Optional.empty();
    }
    return gi.getStatus().getHosts().stream().filter(h -> hostName.equals(h.getName())).findFirst();
  }

  public static Optional<HostStatus> host(GuestIntrospection gi, String hostName) {
    if (gi == null || gi.getStatus() == null) {
      return Optional.empty();
    }
    return gi.getStatus().getHosts().stream().filter(h -> hostName.equals(h.getName())).findFirst();
  }

  public List<Event> events() {
    return kube().v1().events().inNamespace(namespace).list().getItems();
  }

  /** Events on the GuestIntrospection with this reason. */
  public List<Event> events(String reason) {
    return events().stream().filter(e -> reason.equals(e.getReason())).toList();
  }

  public void awaitEvent(String reason, Duration timeout) {
    Await.until("an Event " + reason + " in " + namespace, timeout, () -> !events(reason).isEmpty(),
        () -> "events: " + events().stream().map(e -> e.getReason() + ": " + e.getMessage())
            .collect(Collectors.joining("\n  ")));
  }

  /** The metric of this GuestIntrospection from the operator's /metrics (0 when absent). */
  public double metric(String metric, Map<String, String> extraLabels) {
    Map<String, String> labels = new java.util.HashMap<>(extraLabels);
    labels.put("namespace", namespace);
    labels.put("name", name());
    return PromText.value(env.operator().metrics(), metric, labels);
  }

  /** Deletes every GuestIntrospection of the namespace and waits until the finalizers let them go. */
  public void deleteGuestIntrospections(Duration timeout) {
    kube().resources(GuestIntrospection.class).inNamespace(namespace).delete();
    Await.until("every GuestIntrospection in " + namespace + " deleted (finalizer removed)", timeout,
        () -> kube().resources(GuestIntrospection.class).inNamespace(namespace).list().getItems().isEmpty(),
        this::diagnostic);
  }

  public String diagnostic() {
    StringBuilder out = new StringBuilder();
    try {
      for (GuestIntrospection gi : kube().resources(GuestIntrospection.class).inNamespace(namespace).list()
          .getItems()) {
        out.append(gi.getMetadata().getName()).append(" finalizers=").append(gi.getMetadata().getFinalizers())
            .append(" deletion=").append(gi.getMetadata().getDeletionTimestamp()).append('\n');
        if (gi.getStatus() != null) {
          out.append("  readyHosts=").append(gi.getStatus().getReadyHosts()).append('\n');
          gi.getStatus().getConditions().forEach(c -> out.append("  ").append(c.getType()).append('=')
              .append(c.getStatus()).append(' ').append(c.getReason()).append(": ").append(c.getMessage())
              .append('\n'));
          gi.getStatus().getHosts().forEach(h -> out.append("  host ").append(h.getName()).append(' ')
              .append(h.getStep()).append(": ").append(h.getMessage()).append(" vm=")
              .append(h.getSva() == null ? null : h.getSva().getVmMoref()).append(" issues=")
              .append(h.getIssues().stream().map(i -> i.getType()).toList()).append('\n'));
        }
      }
      out.append("events:\n");
      events().forEach(e -> out.append("  ").append(e.getType()).append(' ').append(e.getReason()).append(": ")
          .append(e.getMessage()).append('\n'));
    } catch (RuntimeException e) {
      out.append("(cannot read: ").append(e).append(")\n");
    }
    out.append("operator log (tail):\n").append(env.operatorLogTail());
    return out.toString();
  }
}
