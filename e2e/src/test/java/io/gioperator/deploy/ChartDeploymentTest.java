package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.gioperator.app.OperatorConfig;
import io.gioperator.app.ReconcileIntervals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The operator's pod as the chart renders it: probes, security, and an environment the operator accepts. */
class ChartDeploymentTest {

  private final HelmChart chart = HelmChart.ofRepo();

  @Test
  void probesUseTheOperatorsHealthEndpointsOnItsHttpPort() {
    Manifests manifests = chart.render("http: {port: 9090}");
    Container container = manifests.operatorContainer();
    Map<String, String> env = env(container);

    ContainerPort http = container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
        .orElseThrow();
    assertThat(http.getContainerPort()).isEqualTo(9090);
    assertThat(env).containsEntry(OperatorConfig.HTTP_PORT, "9090");
    assertProbe(container.getLivenessProbe(), "/healthz");
    assertProbe(container.getReadinessProbe(), "/readyz");
    assertProbe(container.getStartupProbe(), "/healthz");
  }

  @Test
  void thePodRunsAsNonRootOnAReadOnlyRootFilesystemWithoutCapabilities() {
    Deployment deployment = chart.render().deployment();
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    Container container = chart.render().operatorContainer();

    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(65532L);
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(container.getSecurityContext().getCapabilities().getAdd()).isNullOrEmpty();
    assertThat(container.getSecurityContext().getPrivileged()).isNotEqualTo(Boolean.TRUE);
    // The read-only root needs a writable /tmp for the JVM, backed by an emptyDir.
    String tmpVolume = container.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath()))
        .findFirst().orElseThrow().getName();
    assertThat(pod.getVolumes()).anySatisfy(v -> {
      assertThat(v.getName()).isEqualTo(tmpVolume);
      assertThat(v.getEmptyDir()).isNotNull();
    });
    // The operator calls the Kubernetes API with its service account token: it must stay mounted.
    assertThat(pod.getAutomountServiceAccountToken()).isNotEqualTo(Boolean.FALSE);
    assertThat(pod.getServiceAccountName()).isEqualTo("gi-operator");
  }

  @Test
  void defaultsAreTwoReplicasWithLeaderElectionAndJsonLogs() {
    Manifests manifests = chart.render();
    OperatorConfig config = OperatorConfig.fromEnvironment(env(manifests.operatorContainer()));

    assertThat(manifests.deployment().getSpec().getReplicas()).isEqualTo(2);
    assertThat(config.leaderElection()).isTrue();
    assertThat(config.leaseName()).isEqualTo("gi-operator-leader");
    assertThat(config.leaseNamespace()).isEqualTo(HelmChart.NAMESPACE);
    assertThat(config.watchesAllNamespaces()).isTrue();
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(env(manifests.operatorContainer())).containsEntry(OperatorEnvironment.LOG_FORMAT, "json");
    // Replicas prefer different nodes so one node failure leaves a standby.
    assertThat(manifests.deployment().getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity()
        .getPreferredDuringSchedulingIgnoredDuringExecution()).hasSize(1);
  }

  @Test
  void valuesReachTheOperatorAsItParsesThem() {
    Manifests manifests = chart.render("""
        watchNamespaces: [team-a, team-b]
        reconcileThreads: 4
        serverSideApply: false
        shutdownGraceSeconds: 45
        logFormat: text
        leaderElection: {leaseName: gi-lease}
        """);
    OperatorConfig config = OperatorConfig.fromEnvironment(env(manifests.operatorContainer()));

    assertThat(config.watchedNamespaces()).containsExactlyInAnyOrder("team-a", "team-b");
    assertThat(config.reconcileThreads()).isEqualTo(4);
    assertThat(config.useServerSideApply()).isFalse();
    assertThat(config.shutdownGracePeriod()).hasSeconds(45);
    assertThat(config.leaseName()).isEqualTo("gi-lease");
    assertThat(env(manifests.operatorContainer())).containsEntry(OperatorEnvironment.LOG_FORMAT, "text");
    // Kubernetes must wait longer than the operator's own shutdown grace before it kills the pod.
    assertThat(manifests.deployment().getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
        .isGreaterThan(45L);
  }

  @Test
  void everyVariableTheChartSetsIsOneTheOperatorReads() {
    Set<String> set = env(chart.render("""
        javaOptions: -Xss512k
        reconcile: {convergingInterval: 10s, steadyInterval: 10m, retryInterval: 1m, partnerWatchInterval: 20s}
        """).operatorContainer()).keySet();
    Set<String> config = OperatorEnvironment.operatorConfigNames();

    assertThat(OperatorEnvironment.logbackXml()).contains("${" + OperatorEnvironment.LOG_FORMAT);
    assertThat(set).allSatisfy(name -> assertThat(
        config.contains(name) || name.equals(OperatorEnvironment.LOG_FORMAT)
            || OperatorEnvironment.VSPHERE_CLIENT.contains(name) || name.equals("JDK_JAVA_OPTIONS"))
        .as("%s is read by the operator", name).isTrue());
    // Every OperatorConfig variable is set explicitly, except the bind address whose default (all) is right in a pod.
    assertThat(set).containsAll(config.stream().filter(n -> !n.equals(OperatorConfig.HTTP_BIND_ADDRESS)).toList());
    assertThat(set).containsAll(OperatorEnvironment.VSPHERE_CLIENT);
  }

  @Test
  void reconcileIntervalsAreLeftToTheOperatorUnlessGiven() {
    Map<String, String> env = env(chart.render().operatorContainer());

    assertThat(env).doesNotContainKeys(OperatorConfig.CONVERGING_INTERVAL, OperatorConfig.STEADY_INTERVAL,
        OperatorConfig.RETRY_INTERVAL, OperatorConfig.PARTNER_WATCH_INTERVAL);
    assertThat(OperatorConfig.fromEnvironment(env).reconcileIntervals()).isEqualTo(ReconcileIntervals.defaults());
  }

  @Test
  void reconcileIntervalsReachTheOperatorAsItParsesThem() {
    Map<String, String> all = env(chart.render("reconcile: {convergingInterval: 10s, steadyInterval: 1h30m,"
        + " retryInterval: 500ms, partnerWatchInterval: 15s}").operatorContainer());
    Map<String, String> steadyOnly = env(chart.render("reconcile: {steadyInterval: 20m}").operatorContainer());

    assertThat(OperatorConfig.fromEnvironment(all).reconcileIntervals()).isEqualTo(
        new ReconcileIntervals(Duration.ofSeconds(10), Duration.ofMinutes(90), Duration.ofMillis(500),
            Duration.ofSeconds(15)));
    assertThat(steadyOnly).containsEntry(OperatorConfig.STEADY_INTERVAL, "20m")
        .doesNotContainKeys(OperatorConfig.CONVERGING_INTERVAL, OperatorConfig.RETRY_INTERVAL,
            OperatorConfig.PARTNER_WATCH_INTERVAL);
    assertThat(OperatorConfig.fromEnvironment(steadyOnly).reconcileIntervals().steady())
        .isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void theVcenterCallBudgetIsSetFromOneValue() {
    Map<String, String> env = env(chart.render("vcenterCallBudget: {ratePerSecond: 2.5, maxConcurrent: 3}")
        .operatorContainer());

    assertThat(env).containsEntry("GI_VCENTER_RATE_PER_SECOND", "2.5").containsEntry("GI_VCENTER_MAX_CONCURRENT", "3");
  }

  @Test
  void theVsphereClientReadsTheCallBudgetVariables() {
    for (String name : OperatorEnvironment.VSPHERE_CLIENT) {
      assertThat(OperatorEnvironment.readByTheVsphereClientSources(name))
          .as("%s is read by operator/src/main/java (OperatorConfig -> the vSphere client's call budget)", name)
          .isTrue();
    }
  }

  @Test
  void extraEnvIsAppendedAndTheImageFollowsTheValues() {
    Manifests manifests = chart.render("""
        extraEnv: [{name: HTTPS_PROXY, value: "http://proxy:3128"}]
        image: {repository: registry.example.com/gi-operator, tag: "1.2.3"}
        """);
    assertThat(env(manifests.operatorContainer())).containsEntry("HTTPS_PROXY", "http://proxy:3128");
    assertThat(manifests.operatorContainer().getImage()).isEqualTo("registry.example.com/gi-operator:1.2.3");

    String digest = "sha256:" + "a".repeat(64);
    assertThat(chart.render("image: {digest: \"" + digest + "\"}").operatorContainer().getImage())
        .isEqualTo("gi-operator@" + digest);
    assertThat(chart.render().operatorContainer().getImage()).isEqualTo("gi-operator:0.1.0");
  }

  @Test
  void hardAntiAffinityRequiresSeparateNodes() {
    PodSpec pod = chart.render("podAntiAffinityPreset: hard").deployment().getSpec().getTemplate().getSpec();

    assertThat(pod.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
        .singleElement()
        .satisfies(term -> assertThat(term.getTopologyKey()).isEqualTo("kubernetes.io/hostname"));
  }

  static Map<String, String> env(Container container) {
    List<EnvVar> env = container.getEnv();
    assertThat(env.stream().map(EnvVar::getName).collect(Collectors.toSet())).hasSameSizeAs(env);
    return OperatorEnvironment.resolve(env, HelmChart.NAMESPACE);
  }

  private static void assertProbe(Probe probe, String path) {
    assertThat(probe).as("probe on " + path).isNotNull();
    assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
    assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
  }
}
