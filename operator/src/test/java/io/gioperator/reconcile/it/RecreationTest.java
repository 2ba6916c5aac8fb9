package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.HostStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviours 6 and 10: a powered-off SVA is replaced by a new VM (never powered on again), noticed through the
 * vCenter watch although the steady poll is 10 minutes; a missing heartbeat re-creates after the timeout; the
 * hourly budget stalls the host; paused changes nothing.
 */
class RecreationTest {

  private static final String GI = "cluster-01";
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
  void poweredOffSvaIsReplacedByANewVmThroughTheWatchAndNeverPoweredOn() {
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);
    HostStatus before = h.hosts(GI).get(0);
    String oldVm = before.getSva().getVmMoref();
    String oldRegistration = before.getPartner().getRegistrationId();
    long powerOnsBefore = h.sim.counters().get("vim", "PowerOnVM_Task");

    h.sim.control().powerOffVm(oldVm);

    Await.until(GiHarness.WAIT, "a new VM on " + before.getName(), () -> {
      HostStatus now = h.hosts(GI).stream().filter(x -> x.getName().equals(before.getName())).findFirst()
          .orElseThrow();
      return now.getSva() != null && !oldVm.equals(now.getSva().getVmMoref()) && h.isTrue(GI, "Ready");
    }, () -> h.describe(GI));
    HostStatus after = h.hosts(GI).stream().filter(x -> x.getName().equals(before.getName())).findFirst()
        .orElseThrow();
    assertThat(h.sim.counters().get("vim", "PowerOnVM_Task")).isEqualTo(powerOnsBefore);
    assertThat(h.audit().vms()).noneMatch(vm -> vm.id().equals(oldVm));
    assertThat(after.getPartner().getRegistrationId()).isNotEqualTo(oldRegistration);
    assertThat(h.audit().partnerRegistrations()).hasSize(2)
        .noneMatch(r -> oldRegistration.equals(String.valueOf(r.get("id"))));
    assertThat(after.getRedeploys().getCount()).isEqualTo(1);
    assertThat(h.hasEvent(GI, "RecreateSva")).isTrue();
    assertThat(h.metric("gi_sva_recreations_total", Map.of("name", GI, "reason", "PoweredOff"))).isEqualTo(1.0);
  }

  @Test
  void missingHeartbeatRecreatesAfterTheTimeoutAndTheBudgetStallsTheHost() {
    var gi = h.newGi(GI, null);
    gi.getSpec().getRedeployPolicy().setMaxRedeploysPerHostPerHour(1);
    h.create(gi);
    h.awaitReady(GI);
    HostStatus before = h.hosts(GI).get(0);
    String oldVm = before.getSva().getVmMoref();

    h.sim.control().cutHeartbeat(oldVm, true);
    h.clock.advance(Duration.ofMinutes(2));
    h.edit(GI, r -> { // any spec change triggers a reconcile; the heartbeat is judged on the moved clock
      r.getSpec().getHealthPolicy().setServiceDownTimeout("2m");
      return r;
    });
    // The simulator's heartbeats follow the real clock: the moved clock stays only until the re-creation started.
    Await.until(GiHarness.WAIT, "heartbeat re-creation started", () -> h.hosts(GI).stream()
        .anyMatch(x -> x.getName().equals(before.getName()) && x.getRedeploys() != null
            && x.getRedeploys().getCount() == 1), () -> h.describe(GI));
    h.clock.advance(Duration.ofMinutes(-2));
    Await.until(GiHarness.WAIT, "heartbeat re-creation", () -> h.hosts(GI).stream()
        .anyMatch(x -> x.getName().equals(before.getName()) && x.getSva() != null
            && !oldVm.equals(x.getSva().getVmMoref())), () -> h.describe(GI));
    h.awaitReady(GI);
    assertThat(h.metric("gi_sva_recreations_total", Map.of("name", GI, "reason", "HeartbeatMissing")))
        .isEqualTo(1.0);

    String secondVm = h.hosts(GI).stream().filter(x -> x.getName().equals(before.getName())).findFirst()
        .orElseThrow().getSva().getVmMoref();
    h.sim.control().powerOffVm(secondVm);
    Await.until(GiHarness.WAIT, "host Stalled by the budget", () -> h.hosts(GI).stream()
        .anyMatch(x -> x.getName().equals(before.getName()) && "Stalled".equals(x.getStep().wireName())),
        () -> h.describe(GI));
    assertThat(h.isTrue(GI, "Stalled")).isTrue();
    assertThat(h.hasEvent(GI, "RedeployBudgetExhausted")).isTrue();
    assertThat(h.metric("gi_guestintrospection_hosts", Map.of("name", GI, "step", "Stalled"))).isEqualTo(1.0);
    assertThat(h.audit().vms()).anyMatch(vm -> vm.id().equals(secondVm) && "poweredOff".equals(vm.powerState()));
  }

  @Test
  void pausedObservesButChangesNothing() {
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);
    h.edit(GI, gi -> {
      gi.getSpec().setPaused(true);
      return gi;
    });
    Await.until(GiHarness.WAIT, "Paused condition", () -> h.isTrue(GI, "Paused"), () -> h.describe(GI));
    var changing = java.util.List.of("PowerOffVM_Task", "Destroy_Task", "PowerOnVM_Task");
    Map<String, Long> before = new java.util.HashMap<>();
    changing.forEach(m -> before.put(m, h.sim.counters().get("vim", m)));
    long resolves = h.sim.counters().get("eam", "Resolve");
    String vm = h.hosts(GI).get(0).getSva().getVmMoref();

    h.sim.control().powerOffVm(vm);
    Await.until(GiHarness.WAIT, "the powered-off SVA reported", () -> h.hosts(GI).stream()
        .anyMatch(x -> x.getSva() != null && vm.equals(x.getSva().getVmMoref())
            && "poweredOff".equals(x.getSva().getPowerState()) && x.getMessage().contains("paused")),
        () -> h.describe(GI));
    changing.forEach(m -> assertThat(h.sim.counters().get("vim", m)).as(m).isEqualTo(before.get(m)));
    assertThat(h.sim.counters().get("eam", "Resolve")).isEqualTo(resolves);
    assertThat(h.audit().vms()).anyMatch(v -> v.id().equals(vm));
  }
}
