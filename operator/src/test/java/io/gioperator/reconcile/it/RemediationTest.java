package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.RemediationAction;
import io.gioperator.api.v1alpha1.RemediationRequest;
import io.gioperator.api.v1alpha1.RemediationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour 8: remediation requests run once per id; ReinstallMux needs the host-operation permissions. */
class RemediationTest {

  private static final String GI = "cluster-01";
  private static final String HOST = "esx-01-01.lab.local";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void recreateSvaRunsOnceEvenWhenTheSameSpecIsAppliedAgain() {
    String oldVm = vmOn(HOST);
    request("r1", RemediationAction.RECREATE_SVA);
    Await.until(GiHarness.WAIT, "r1 Succeeded", () -> completed("r1") == RemediationResult.SUCCEEDED,
        () -> h.describe(GI));
    assertThat(vmOn(HOST)).isNotEqualTo(oldVm);
    assertThat(h.audit().vms()).noneMatch(vm -> vm.id().equals(oldVm));
    long destroys = h.sim.counters().get("vim", "Destroy_Task");

    h.edit(GI, gi -> { // re-apply: same request, another field changed so a reconcile runs
      gi.getSpec().getHealthPolicy().setHeartbeatTimeout("2m");
      return gi;
    });
    Await.until(GiHarness.WAIT, "generation observed", () -> h.gi(GI).getStatus().getObservedGeneration()
        .equals(h.gi(GI).getMetadata().getGeneration()), () -> h.describe(GI));
    h.awaitReady(GI);
    assertThat(h.sim.counters().get("vim", "Destroy_Task")).isEqualTo(destroys);
    assertThat(h.metric("gi_sva_recreations_total", java.util.Map.of("name", GI, "reason", "Requested")))
        .isEqualTo(1.0);
  }

  @Test
  void reinstallMuxWithoutPermissionIsRejectedNamingTheFields() {
    request("m1", RemediationAction.REINSTALL_MUX);
    Await.until(GiHarness.WAIT, "m1 Rejected", () -> completed("m1") == RemediationResult.REJECTED,
        () -> h.describe(GI));
    var done = h.gi(GI).getStatus().getCompletedRemediations().stream().filter(c -> c.getId().equals("m1"))
        .findFirst().orElseThrow();
    assertThat(done.getMessage()).contains("allowMaintenanceMode").contains("allowReboot");
    assertThat(h.sim.counters().get("vim", "EnterMaintenanceMode_Task")).isZero();
  }

  @Test
  void reinstallMuxWithPermissionCyclesTheHostAndSucceeds() {
    h.edit(GI, gi -> {
      gi.getSpec().getHostOperations().setAllowMaintenanceMode(true);
      gi.getSpec().getHostOperations().setAllowReboot(true);
      return gi;
    });
    request("m2", RemediationAction.REINSTALL_MUX);
    Await.until(java.time.Duration.ofSeconds(90), "m2 Succeeded", () -> completed("m2") == RemediationResult.SUCCEEDED,
        () -> h.describe(GI));
    assertThat(h.sim.counters().get("vim", "EnterMaintenanceMode_Task")).isPositive();
    assertThat(h.sim.counters().get("vim", "RebootHost_Task")).isPositive();
    assertThat(h.sim.counters().get("vim", "ExitMaintenanceMode_Task")).isPositive();
    h.awaitReady(GI);
    assertThat(h.audit().host(HOST).inMaintenanceMode()).isFalse();
    assertThat(h.hosts(GI)).allSatisfy(x -> assertThat(x.getMuxVibVersion()).isEqualTo("7.0.3"));
  }

  private void request(String id, RemediationAction action) {
    h.edit(GI, gi -> {
      RemediationRequest r = new RemediationRequest();
      r.setId(id);
      r.setAction(action);
      r.setHost(HOST);
      List<RemediationRequest> list = gi.getSpec().getRemediations() == null ? new ArrayList<>()
          : new ArrayList<>(gi.getSpec().getRemediations());
      list.add(r);
      gi.getSpec().setRemediations(list);
      return gi;
    });
  }

  private RemediationResult completed(String id) {
    var status = h.gi(GI).getStatus();
    return status == null || status.getCompletedRemediations() == null ? null
        : status.getCompletedRemediations().stream().filter(c -> id.equals(c.getId())).findFirst()
            .map(c -> c.getResult()).orElse(null);
  }

  private String vmOn(String host) {
    return h.hosts(GI).stream().filter(x -> x.getName().equals(host)).findFirst().orElseThrow().getSva()
        .getVmMoref();
  }
}
