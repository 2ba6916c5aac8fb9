package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metrics Service, ServiceMonitor, PrometheusRule drop-in, NetworkPolicy and PodDisruptionBudget. */
class ChartMonitoringAndNetworkTest {

  private final HelmChart chart = HelmChart.ofRepo();

  @Test
  void theMetricsServiceReachesTheOperatorsHttpPort() {
    Manifests manifests = chart.render();
    Service service = manifests.get(Service.class, "gi-operator-metrics");

    assertThat(podLabels(manifests)).containsAllEntriesOf(service.getSpec().getSelector());
    assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
      assertThat(port.getName()).isEqualTo("http");
      assertThat(port.getTargetPort()).isEqualTo(new IntOrString("http"));
    });
  }

  @Test
  void optionalObjectsAreOffByDefault() {
    Manifests manifests = chart.render();

    assertThat(manifests.ofKind("ServiceMonitor")).isEmpty();
    assertThat(manifests.ofKind("PrometheusRule")).isEmpty();
    assertThat(manifests.all(NetworkPolicy.class)).isEmpty();
  }

  @Test
  void theServiceMonitorScrapesTheMetricsService() {
    Manifests manifests = chart.render("metrics: {serviceMonitor: {enabled: true, labels: {release: prom}}}");
    GenericKubernetesResource monitor = (GenericKubernetesResource) single(manifests.ofKind("ServiceMonitor"));
    Service service = manifests.get(Service.class, "gi-operator-metrics");

    assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
    assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "prom");
    Map<String, Object> matchLabels = monitor.get("spec", "selector", "matchLabels");
    assertThat(service.getMetadata().getLabels()).containsAllEntriesOf(stringMap(matchLabels));
    List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
    assertThat(endpoints).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("port", service.getSpec().getPorts().get(0).getName());
      assertThat(e).containsEntry("path", "/metrics");
    });
  }

  @Test
  void thePrometheusRuleIsRenderedOnlyWhenTheRulesFileIsDroppedIn(@TempDir Path tmp) throws IOException {
    Path chartCopy = copyChart(tmp);
    HelmChart copy = new HelmChart(chartCopy);
    String enabled = "metrics: {prometheusRule: {enabled: true, labels: {role: alert-rules}}}";
    Files.writeString(chartCopy.resolve("files/gi-operator-rules.yaml"), "");
    assertThat(copy.render(enabled).ofKind("PrometheusRule")).as("empty rules file").isEmpty();

    Files.writeString(chartCopy.resolve("files/gi-operator-rules.yaml"), """
        groups:
          - name: gi-operator
            rules:
              - alert: GuestIntrospectionNotReady
                expr: gi_guestintrospection_ready == 0
                for: 15m
                labels: {severity: warning}
                annotations:
                  summary: "{{ $labels.namespace }}/{{ $labels.name }} is not Ready"
        """);
    assertRule(copy.render(enabled));
    assertThat(copy.render("{}").ofKind("PrometheusRule")).as("not enabled").isEmpty();

    // The same rules given as a PrometheusRule manifest (as kubectl would apply it) work too.
    Files.writeString(chartCopy.resolve("files/gi-operator-rules.yaml"), """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: ignored}
        spec:
          groups:
            - name: gi-operator
              rules:
                - alert: GuestIntrospectionNotReady
                  expr: gi_guestintrospection_ready == 0
                  for: 15m
                  labels: {severity: warning}
                  annotations:
                    summary: "{{ $labels.namespace }}/{{ $labels.name }} is not Ready"
        """);
    assertRule(copy.render(enabled));

    Files.writeString(chartCopy.resolve("files/gi-operator-rules.yaml"), "groups: []\n");
    assertThatThrownBy(() -> copy.renderText(enabled)).hasMessageContaining("no rule groups");
  }

  @Test
  void theNetworkPolicyAllowsOnlyDnsTheApiServerVcentersAndPartnerManagers() {
    Manifests manifests = chart.render("""
        networkPolicy:
          enabled: true
          kubernetesApi: {cidrs: [172.20.0.1/32]}
          vcenters: [{cidr: 10.10.0.5/32, ports: [443]}]
          partnerManagers: [{cidr: 10.20.0.0/24, ports: [8443]}]
        """);
    NetworkPolicy policy = manifests.get(NetworkPolicy.class, "gi-operator");
    List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();

    assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
    assertThat(podLabels(manifests)).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
    // An egress rule without peers would allow every destination.
    assertThat(egress).allSatisfy(rule -> assertThat(rule.getTo()).isNotEmpty());
    assertThat(egress).allSatisfy(rule -> assertThat(rule.getPorts()).isNotEmpty());
    assertThat(tcpPortsTo(egress, "10.10.0.5/32")).containsExactly(443);
    assertThat(tcpPortsTo(egress, "10.20.0.0/24")).containsExactly(8443);
    assertThat(tcpPortsTo(egress, "172.20.0.1/32")).containsExactlyInAnyOrder(443, 6443);
    assertThat(egress).anySatisfy(rule -> {
      assertThat(rule.getTo()).allSatisfy(peer -> assertThat(peer.getNamespaceSelector()).isNotNull());
      assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getProtocol).contains("UDP", "TCP");
      assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal()).containsOnly(53);
    });
    assertThat(egress).flatExtracting(NetworkPolicyEgressRule::getTo)
        .filteredOn(peer -> peer.getIpBlock() != null)
        .extracting(peer -> peer.getIpBlock().getCidr())
        .doesNotContain("0.0.0.0/0");
    assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule ->
        assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getPort).containsExactly(new IntOrString("http")));
  }

  @Test
  void thePodDisruptionBudgetKeepsOneReplicaThroughDrains() {
    Manifests manifests = chart.render();
    PodDisruptionBudget pdb = manifests.get(PodDisruptionBudget.class, "gi-operator");

    assertThat(pdb.getSpec().getMaxUnavailable()).isEqualTo(new IntOrString(1));
    assertThat(podLabels(manifests)).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    assertThat(chart.render("podDisruptionBudget: {enabled: false}").all(PodDisruptionBudget.class)).isEmpty();
  }

  private static void assertRule(Manifests manifests) {
    GenericKubernetesResource rule = (GenericKubernetesResource) single(manifests.ofKind("PrometheusRule"));
    assertThat(rule.getMetadata().getName()).isEqualTo("gi-operator");
    assertThat(rule.getMetadata().getNamespace()).isEqualTo(HelmChart.NAMESPACE);
    assertThat(rule.getMetadata().getLabels()).containsEntry("role", "alert-rules");
    List<Map<String, Object>> groups = rule.get("spec", "groups");
    assertThat(groups).singleElement().satisfies(g -> assertThat(g).containsEntry("name", "gi-operator"));
    // Prometheus templating in the rules reaches Prometheus untouched by Helm.
    assertThat(manifests.objects().toString()).contains("{{ $labels.namespace }}/{{ $labels.name }} is not Ready");
  }

  private static List<Integer> tcpPortsTo(List<NetworkPolicyEgressRule> egress, String cidr) {
    return egress.stream()
        .filter(rule -> rule.getTo().stream().anyMatch(p -> p.getIpBlock() != null
            && cidr.equals(p.getIpBlock().getCidr())))
        .flatMap(rule -> rule.getPorts().stream())
        .filter(p -> "TCP".equals(p.getProtocol()))
        .map(p -> p.getPort().getIntVal())
        .toList();
  }

  private static Map<String, String> podLabels(Manifests manifests) {
    return manifests.deployment().getSpec().getTemplate().getMetadata().getLabels();
  }

  private static HasMetadata single(List<HasMetadata> objects) {
    assertThat(objects).hasSize(1);
    return objects.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> stringMap(Map<String, Object> map) {
    return (Map<String, String>) (Map<String, ?>) map;
  }

  private Path copyChart(Path tmp) throws IOException {
    Path target = tmp.resolve("gi-operator");
    try (Stream<Path> files = Files.walk(chart.dir())) {
      for (Path source : files.toList()) {
        Path dest = target.resolve(chart.dir().relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(source, dest);
        }
      }
    }
    return target;
  }
}
