package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.HostStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviours 1, 3, 4 and 11: connection, one agency per resource, host rows in deployment order, Ready. */
class DeploymentTest {

  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void deploysOneSvaPerHostAndBecomesReadyWithVersionAndEvents() {
    h.create(h.newGi("cluster-01", null));
    h.awaitReady("cluster-01");

    var connected = h.condition("cluster-01", "VCenterConnected");
    assertThat(connected.getMessage()).contains(h.audit().hosts().isEmpty() ? "" : "8.0.2");
    var status = h.gi("cluster-01").getStatus();
    assertThat(status.getReadyHosts()).isEqualTo("2/2");
    assertThat(status.getHosts()).extracting(HostStatus::getStep).containsOnly(HostStep.READY);
    assertThat(status.getHosts()).allSatisfy(host -> {
      assertThat(host.getMuxVibVersion()).isEqualTo("7.0.3");
      assertThat(host.getSva().getPowerState()).isEqualTo("poweredOn");
      assertThat(host.getSva().getIpAddress()).isNotBlank();
      assertThat(host.getPartner().getServiceStatus()).isEqualTo("UP");
    });
    assertThat(status.getAgency().getName()).isEqualTo("gi-operator/gi-test/cluster-01");
    assertThat(status.getObservedGeneration()).isEqualTo(h.gi("cluster-01").getMetadata().getGeneration());

    var agency = h.agency("cluster-01");
    assertThat(agency).isNotNull();
    assertThat(agency.agents()).hasSize(2);
    assertThat(h.audit().partnerRegistrations()).hasSize(2);
    assertThat(h.hasEvent("cluster-01", "CreateAgency")).isTrue();
    assertThat(h.hasEvent("cluster-01", "RegisterSva")).isTrue();
    assertThat(h.hasEvent("cluster-01", "Ready")).isTrue();
    Map<String, String> labels = Map.of("namespace", GiHarness.NS, "name", "cluster-01");
    assertThat(h.metric("gi_guestintrospection_ready", labels)).isEqualTo(1.0);
    assertThat(h.metric("gi_guestintrospection_hosts_ready", labels)).isEqualTo(2.0);
    assertThat(h.metric("gi_vcenter_connected", Map.of("name", GiHarness.VCENTER))).isEqualTo(1.0);
    assertThat(h.metric("gi_reconcile_failures_total", Map.of("name", "cluster-01", "reason", "VCenterUnreachable")))
        .isEqualTo(0.0);
  }

  @Test
  void hostRowsMoveThroughTheDeploymentStepsInOrder() {
    h.create(h.newGi("cluster-01", null));
    List<HostStep> order = List.of(HostStep.PENDING, HostStep.INSTALLING_MUX, HostStep.DEPLOYING_SVA,
        HostStep.POWERING_ON, HostStep.WAITING_FOR_IP, HostStep.REGISTERING, HostStep.READY);
    java.util.Map<String, Integer> furthest = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.List<String> regressions = new java.util.concurrent.CopyOnWriteArrayList<>();
    Await.until(GiHarness.WAIT, "every host Ready", () -> {
      List<HostStatus> hosts = h.hosts("cluster-01");
      for (HostStatus host : hosts) {
        int index = order.indexOf(host.getStep());
        assertThat(index).as("step of %s: %s", host.getName(), host.getMessage()).isNotNegative();
        Integer before = furthest.put(host.getName(), index);
        if (before != null && before > index) {
          regressions.add(host.getName() + " went back from " + order.get(before) + " to " + host.getStep());
        }
      }
      return hosts.size() == 2 && hosts.stream().allMatch(x -> x.getStep() == HostStep.READY);
    }, () -> h.describe("cluster-01"));
    assertThat(regressions).isEmpty();
  }

  @Test
  void wrongPasswordIsReportedAndARotatedSecretIsPickedUpWithoutRestart() {
    h.secret("vcenter-credentials", Map.of("username", h.sim.username(), "password", "wrong-password"));
    h.create(h.newGi("cluster-01", null));
    Await.until(GiHarness.WAIT, "InvalidCredentials", () -> {
      var c = h.condition("cluster-01", "VCenterConnected");
      return c != null && "InvalidCredentials".equals(c.getReason());
    }, () -> h.describe("cluster-01"));
    Await.until(GiHarness.WAIT, "VCenter AuthenticationFailed", () -> h.vcenter().getStatus() != null
        && h.vcenter().getStatus().getConditions().stream()
            .anyMatch(c -> "AuthenticationFailed".equals(c.getReason())), () -> h.vcenter().getStatus());
    assertThat(h.agency("cluster-01")).isNull();
    assertThat(h.condition("cluster-01", "Ready").getMessage()).doesNotContain("wrong-password");

    h.secret("vcenter-credentials", Map.of("username", h.sim.username(), "password", h.sim.password()));
    h.awaitReady("cluster-01");
    Await.until(GiHarness.WAIT, "VCenter Connected", () -> h.vcenter().getStatus().getConditions().stream()
        .anyMatch(c -> "Connected".equals(c.getType()) && "True".equals(c.getStatus().wireName())),
        () -> h.vcenter().getStatus());
    assertThat(h.vcenter().getStatus().getVersion()).isNotBlank();
    assertThat(h.vcenter().getStatus().getBuild()).isNotBlank();
  }
}
