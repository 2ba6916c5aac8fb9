package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.control.Audit;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad references and bad input: each gives a condition that names the problem, deploys nothing, and loses
 * nothing that was already running.
 */
class BadInputTest extends ScenarioBase {

  static final int HOSTS = 2;
  static final Duration REPORTED = Duration.ofSeconds(60);
  static final String OVF = "https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf";

  @BeforeAll
  static void start() {
    startEnvironment(BadInputTest.class, E2eEnvironment.simulator(5, HOSTS).build());
  }

  @Test
  void aMissingSecretIsNamedAndNothingIsDeployedUntilItExists() {
    Tenant t = tenant("gi-nosecret", 1);
    var all = t.manifests();
    var secret = all.stream().filter(m -> m.getMetadata().getName().equals("vcenter-credentials")).findFirst()
        .orElseThrow();
    t.apply(all.stream().filter(m -> m != secret).toList(), m -> { });

    Condition connected = t.awaitCondition("VCenterConnected", ConditionStatus.FALSE, c -> true, REPORTED);
    assertThat(connected.getMessage()).contains("vcenter-credentials");
    assertThat(t.condition("Ready").orElseThrow().getStatus()).isEqualTo(ConditionStatus.FALSE);
    assertThat(t.sim().audit().agency(t.agencyName())).isNull();

    t.kube().resource(secret).create();
    t.awaitReady(HOSTS, Duration.ofSeconds(120));
  }

  @Test
  void anUnknownClusterPathIsNamedAndNothingIsDeployed() {
    Tenant t = tenant("gi-nocluster", 2);
    t.apply(t.manifests(), m -> {
      if (m.getKind().equals("GuestIntrospection")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) ((io.fabric8.kubernetes.api.model.GenericKubernetesResource) m)
            .getAdditionalProperties().get("spec");
        spec.put("cluster", "/DC1/host/No-Such-Cluster");
        spec.remove("placement");
      }
    });

    Condition ready = t.awaitCondition("Ready", ConditionStatus.FALSE,
        c -> c.getMessage().contains("/DC1/host/No-Such-Cluster"), REPORTED);
    assertThat(ready.getReason()).isEqualTo("ClusterNotFound");
    assertThat(t.sim().audit().agencies()).noneMatch(a -> a.agencyName().startsWith("gi-operator/gi-nocluster/"));
    assertThat(t.metric("gi_reconcile_failures_total", Map.of("reason", "ClusterNotFound"))).isPositive();
  }

  @Test
  void anUnreachableOvfIsReportedWithEamsIssueAndNoVmIsDeployed() {
    Tenant t = tenant("gi-noovf", 3);
    t.sim().control().catalogueReachable(OVF, false);
    try {
      t.apply();
      t.awaitGi("CannotAccessAgentOVF reported on the hosts", REPORTED, gi -> gi.getStatus() != null
          && gi.getStatus().getHosts().size() == HOSTS && gi.getStatus().getHosts().stream().allMatch(h ->
              h.getIssues().stream().anyMatch(i -> "CannotAccessAgentOVF".equals(i.getType()))));
      Condition deployed = t.awaitCondition("SvaDeployed", ConditionStatus.FALSE, c -> true, REPORTED);
      assertThat(deployed.getMessage()).isNotBlank();
      assertThat(t.isTrue("Ready")).isFalse();
      Audit audit = t.sim().audit();
      assertThat(audit.vmsOwnedBy(audit.agency(t.agencyName()).id())).isEmpty();
      assertThat(t.metric("gi_eam_issues_open", Map.of("type", "CannotAccessAgentOVF"))).isEqualTo(HOSTS);
    } finally {
      t.sim().control().catalogueReachable(OVF, true);
    }
  }

  @Test
  void aHostWithAnIncompatibleBuildIsLeftAloneWhileTheOthersAreServed() {
    Tenant t = tenant("gi-oldhost", 4);
    String id = t.sim().control().addHost(t.clusterName(), null, "7.0.3", "19000000");
    String old = t.sim().audit().hosts().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().name();
    try {
      t.apply();
      t.awaitReady(HOSTS);
      Condition compatible = t.condition("Compatible").orElseThrow();
      assertThat(compatible.getStatus()).isEqualTo(ConditionStatus.FALSE);
      assertThat(compatible.getReason()).isEqualTo("IncompatibleHosts");
      assertThat(compatible.getMessage()).contains(old).contains("19000000");
      assertThat(t.host(old).orElseThrow().getStep()).isEqualTo(HostStep.INCOMPATIBLE);
      Audit audit = t.sim().audit();
      String agency = audit.agency(t.agencyName()).id();
      assertThat(audit.vmsOwnedBy(agency)).hasSize(HOSTS).noneMatch(vm -> old.equals(vm.host()));
      assertThat(audit.host(old).vibs()).noneMatch(v -> v.name().equals("epsec-mux"));
      assertThat(t.metric("gi_guestintrospection_hosts", Map.of("step", "Incompatible"))).isEqualTo(1);
    } finally {
      t.deleteGuestIntrospections(DELETE_TIMEOUT);
      t.sim().control().removeHost(old);
    }
  }

  @Test
  void aWrongThumbprintIsReportedAndNothingRunningIsLost() {
    Tenant t = tenant("gi-thumb", 5).apply();
    t.awaitReady(HOSTS);
    String agency = t.sim().audit().agency(t.agencyName()).id();
    var vmsBefore = t.sim().audit().vmsOwnedBy(agency).stream().map(Audit.VmEntry::id).sorted().toList();

    try {
      t.editVCenter(v -> {
        v.getSpec().getTls().setCaBundle(null);
        v.getSpec().getTls().setThumbprint(
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
      });
      Condition connected = t.awaitCondition("VCenterConnected", ConditionStatus.FALSE, c -> true, REPORTED);
      assertThat(connected.getReason()).isEqualTo("CertificateNotTrusted");
      assertThat(connected.getMessage()).contains("does not match the pinned thumbprint");
      assertThat(t.vcenter().getStatus().getConditions()).anySatisfy(c -> {
        assertThat(c.getType()).isEqualTo("Connected");
        assertThat(c.getStatus()).isEqualTo(ConditionStatus.FALSE);
      });
      assertThat(t.sim().audit().vmsOwnedBy(agency).stream().map(Audit.VmEntry::id).sorted().toList())
          .isEqualTo(vmsBefore);
    } finally {
      // restored even when an assertion failed, so the leak check can delete what this scenario made
      t.editVCenter(v -> v.getSpec().getTls().setThumbprint(t.sim().thumbprint()));
    }
    t.awaitReady(HOSTS, Duration.ofSeconds(120));
    assertThat(t.sim().audit().vmsOwnedBy(agency).stream().map(Audit.VmEntry::id).sorted().toList())
        .isEqualTo(vmsBefore);
  }
}
