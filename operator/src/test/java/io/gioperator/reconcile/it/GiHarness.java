package io.gioperator.reconcile.it;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.VCenter;
import io.gioperator.app.DefaultControllers;
import io.gioperator.app.OperatorApp;
import io.gioperator.app.OperatorConfig;
import io.gioperator.reconcile.gi.ReconcileSettings;
import io.gioperator.reconcile.plan.Tunables;
import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.SimulatorConfig;
import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.inventory.InventorySpec;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The in-process test bed: the simulator (fast timings, one cluster), the mock Kubernetes API (CRUD, HTTPS, the
 * CRDs installed) and the operator started as {@link io.gioperator.app.OperatorMain} does, without SSA. The steady
 * poll is long (10 minutes), so anything noticed quickly came from an event (a resource, the vCenter watch, the
 * partner watch polling every second) or a converging poll.
 */
final class GiHarness implements AutoCloseable {

  static final String NS = "gi-test";
  static final String VCENTER = "vc";
  static final String PARTNER = "ds";
  static final Duration WAIT = Duration.ofSeconds(40);
  /** The partner watch's poll: well inside {@link #WAIT}, far below the steady poll. */
  static final Duration PARTNER_WATCH = Duration.ofSeconds(1);

  final Simulator sim;
  final MockKubernetes kube;
  final MutableClock clock = new MutableClock();
  private final OperatorConfig config;
  private final ReconcileSettings settings;
  volatile OperatorApp app;

  private GiHarness(int hosts, Map<String, String> environment,
                    BiFunction<OperatorConfig, MutableClock, ReconcileSettings> timing) throws Exception {
    sim = Simulator.start(SimulatorConfig.builder().inventory(InventorySpec.generated(1, hosts)).build());
    kube = MockKubernetes.start();
    Map<String, String> env = new HashMap<>(Map.of(OperatorConfig.HTTP_PORT, "0",
        OperatorConfig.HTTP_BIND_ADDRESS, "127.0.0.1", OperatorConfig.SERVER_SIDE_APPLY, "false",
        OperatorConfig.RECONCILE_THREADS, "4"));
    env.putAll(environment);
    config = OperatorConfig.fromEnvironment(env);
    settings = timing.apply(config, clock);
    app = OperatorApp.start(config, kube.client(), DefaultControllers.create(settings));
    client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build())
        .create();
  }

  static GiHarness start(int hosts) throws Exception {
    return new GiHarness(hosts, Map.of(), (config, clock) -> fastSettings(clock));
  }

  /**
   * The operator's timing as {@link io.gioperator.app.OperatorMain} sets it: the production defaults with the
   * intervals of {@code environment} (GI_CONVERGING_INTERVAL, ...), on the system clock.
   */
  static GiHarness startWithEnvironment(int hosts, Map<String, String> environment) throws Exception {
    return new GiHarness(hosts, environment, (config, clock) -> config.reconcileSettings());
  }

  private static ReconcileSettings fastSettings(MutableClock clock) {
    ReconcileSettings settings = ReconcileSettings.defaults()
        .withIntervals(Duration.ofMillis(300), Duration.ofMinutes(10), Duration.ofMillis(500))
        .withClock(clock);
    // Planner retry intervals of seconds instead of minutes (the maintenance-mode grace, agency update spacing).
    Tunables fast = new Tunables(Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(3),
        Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofSeconds(15), Duration.ofSeconds(3), 50);
    return new ReconcileSettings(settings.converging(), settings.steady(), settings.retry(),
        Duration.ofSeconds(30), Duration.ofSeconds(5), clock, fast, PARTNER_WATCH);
  }

  /** Stops the operator and starts a new one on the same API server and simulator (a pod restart). */
  void restartOperator() throws Exception {
    app.close();
    app = OperatorApp.start(config, kube.client(), DefaultControllers.create(settings));
  }

  NamespacedKubernetesClient client() {
    return kube.client();
  }

  /** Secrets, the VCenter (pinned to the simulator's certificate) and the PartnerSolution. */
  void createReferences() {
    secret("vcenter-credentials", Map.of("username", sim.username(), "password", sim.password()));
    secret("dsm-api-token", Map.of("token", sim.partnerToken()));
    secret("dsva-ovf-properties", Map.of("dsm.token", "activation-token-value"));
    client().resource(Serialization.unmarshal(String.join("\n",
        "apiVersion: gi-operator.io/v1alpha1",
        "kind: VCenter",
        "metadata: {name: " + VCENTER + ", namespace: " + NS + "}",
        "spec:",
        "  server: " + sim.vcenterUrl().replaceFirst("/sdk$", ""),
        "  credentialsSecretRef: {name: vcenter-credentials}",
        "  tls: {thumbprint: '" + sim.thumbprint() + "'}"), VCenter.class)).create();
    client().resource(Serialization.unmarshal(String.join("\n",
        "apiVersion: gi-operator.io/v1alpha1",
        "kind: PartnerSolution",
        "metadata: {name: " + PARTNER + ", namespace: " + NS + "}",
        "spec:",
        "  vendor: Trend Micro",
        "  product: Deep Security",
        "  version: 20.0.1",
        "  sva:",
        "    ovfUrl: https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf",
        "    ovfProperties:",
        "      - {key: dsm.address, value: dsm.lab.local}",
        "      - key: dsm.token",
        "        valueFrom: {secretKeyRef: {name: dsva-ovf-properties, key: dsm.token}}",
        "    agentVmNamePrefix: dsva",
        "  mux:",
        "    vibUrl: https://depot.gi.example/vmware/epsec-mux-7.0.3-offline-bundle.zip",
        "    version: 7.0.3",
        "  solutionManager:",
        "    url: " + sim.partnerUrl(),
        "    credentialsSecretRef: {name: dsm-api-token}",
        "    tls: {thumbprint: '" + sim.thumbprint() + "'}",
        "  compatibility:",
        "    esxi: [{version: 8.0.x}, {version: 7.0.3}]",
        "    vcenter: [{version: 8.0.x}]"), PartnerSolution.class)).create();
  }

  void secret(String name, Map<String, String> data) {
    client().secrets().inNamespace(NS).resource(new SecretBuilder().withNewMetadata().withName(name)
        .withNamespace(NS).endMetadata().withStringData(data).build()).createOr(r -> r.update());
  }

  /** The example GuestIntrospection, with the minimum health timeouts the CRD allows. */
  GuestIntrospection newGi(String name, String extraSpec) {
    return Serialization.unmarshal(String.join("\n",
        "apiVersion: gi-operator.io/v1alpha1",
        "kind: GuestIntrospection",
        "metadata: {name: " + name + ", namespace: " + NS + "}",
        "spec:",
        "  vcenterRef: {name: " + VCENTER + "}",
        "  cluster: /DC1/host/Cluster-01",
        "  partnerRef: {name: " + PARTNER + "}",
        "  placement:",
        "    datastores: [vsanDatastore-01]",
        "    networks: [GI-Management]",
        "    folder: /DC1/vm/GuestIntrospection",
        "    resourcePool: /DC1/host/Cluster-01/Resources",
        "  healthPolicy: {serviceDownTimeout: 1m, heartbeatTimeout: 1m}",
        "  redeployPolicy: {maxUnavailable: 1, maxRedeploysPerHostPerHour: 3}",
        extraSpec == null ? "" : extraSpec), GuestIntrospection.class);
  }

  GuestIntrospection create(GuestIntrospection gi) {
    return client().resource(gi).create();
  }

  GuestIntrospection gi(String name) {
    return client().resources(GuestIntrospection.class).inNamespace(NS).withName(name).get();
  }

  GuestIntrospection edit(String name, UnaryOperator<GuestIntrospection> change) {
    return retryOnConflict(() -> client().resources(GuestIntrospection.class).inNamespace(NS).withName(name)
        .edit(change));
  }

  PartnerSolution editPartner(UnaryOperator<PartnerSolution> change) {
    return retryOnConflict(() -> client().resources(PartnerSolution.class).inNamespace(NS).withName(PARTNER)
        .edit(change));
  }

  VCenter editVCenter(UnaryOperator<VCenter> change) {
    return retryOnConflict(() -> client().resources(VCenter.class).inNamespace(NS).withName(VCENTER).edit(change));
  }

  /** A person's edit races the operator's status writes (409 Conflict): read again and re-apply, as kubectl does. */
  private static <T> T retryOnConflict(java.util.function.Supplier<T> edit) {
    for (int attempt = 1; ; attempt++) {
      try {
        return edit.get();
      } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
        if (e.getCode() != 409 || attempt == 10) {
          throw e;
        }
      }
    }
  }

  VCenter vcenter() {
    return client().resources(VCenter.class).inNamespace(NS).withName(VCENTER).get();
  }

  static Condition condition(List<Condition> conditions, String type) {
    return conditions == null ? null
        : conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
  }

  Condition condition(String name, String type) {
    GuestIntrospection gi = gi(name);
    return gi == null || gi.getStatus() == null ? null : condition(gi.getStatus().getConditions(), type);
  }

  boolean isTrue(String name, String type) {
    Condition c = condition(name, type);
    return c != null && c.getStatus() == ConditionStatus.TRUE;
  }

  List<HostStatus> hosts(String name) {
    GuestIntrospection gi = gi(name);
    return gi == null || gi.getStatus() == null ? List.of() : gi.getStatus().getHosts();
  }

  void awaitReady(String name) {
    Await.until(WAIT, name + " Ready", () -> isTrue(name, "Ready"), () -> describe(name));
  }

  String describe(String name) {
    GuestIntrospection gi = gi(name);
    return gi == null ? "gone" : Serialization.asYaml(gi.getStatus());
  }

  Audit audit() {
    return sim.audit();
  }

  io.gioperator.simulator.eam.AgencySnapshot agency(String giName) {
    return audit().agencies().stream()
        .filter(a -> ("gi-operator/" + NS + "/" + giName).equals(a.agencyName()) && !a.destroyed())
        .findFirst().orElse(null);
  }

  /** The agent configs of a GuestIntrospection's agency as EAM (the simulator) stores them, read over SOAP. */
  List<io.gioperator.vsphere.types.eam.AgentConfigInfo> storedAgentConfigs(String giName) {
    try (var pool = new io.gioperator.vsphere.session.VCenterSessionPool(
        io.gioperator.vsphere.session.VSphereClientConfig.defaults(),
        new io.micrometer.core.instrument.simple.SimpleMeterRegistry())) {
      var vc = pool.connect("test/vc", new io.gioperator.vsphere.session.VCenterTarget(
          java.net.URI.create(sim.vcenterUrl().replaceFirst("/sdk$", "")), sim.username(), sim.password(),
          io.gioperator.vsphere.tls.TlsTrust.pinned(sim.thumbprint())));
      return vc.agencies().findByName("gi-operator/" + NS + "/" + giName).orElseThrow().config().agentConfig();
    }
  }

  List<Event> events(String involvedName) {
    return client().v1().events().inNamespace(NS).list().getItems().stream()
        .filter(e -> involvedName.equals(e.getInvolvedObject().getName())).toList();
  }

  boolean hasEvent(String involvedName, String reason) {
    return events(involvedName).stream().anyMatch(e -> reason.equals(e.getReason()));
  }

  /** The value of one Prometheus sample, e.g. {@code gi_vcenter_connected{name="vc",namespace="gi-test",}}. */
  double metric(String name, Map<String, String> labels) {
    for (String line : app.meterRegistry().scrape().split("\n")) {
      if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
        continue;
      }
      boolean all = labels.entrySet().stream().allMatch(e -> line.contains(e.getKey() + "=\"" + e.getValue() + "\""));
      if (all) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return Double.NaN;
  }

  @Override
  public void close() {
    app.close();
    kube.close();
    sim.close();
  }
}
