package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.HostConnection;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.PowerState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 6: hosts come and go, disconnect and enter maintenance; the operator follows, it does not fight. */
class HostLifecycleTest {

  @Test
  void anAddedHostIsTrackedUntilEamDeploysIt() {
    Scenario s = Scenario.converged("esx-01");
    s.plan();
    s.world.host("esx-02");
    s.after(Duration.ofMinutes(1)).plan();

    assertThat(s.row("esx-02").step()).isEqualTo(HostStep.Pending);
    assertThat(s.row("esx-02").reason()).isEqualTo("WaitingForAgent");
    assertThat(s.last.condition(Condition.READY).isTrue()).isFalse();
    assertThat(s.last.condition(Condition.RECONCILING).isTrue()).isTrue();
    assertThat(s.last.converging()).isTrue();
  }

  @Test
  void aRemovedHostsRegistrationIsDeregisteredAndTheHostForgotten() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.plan();
    assertThat(s.memory.hosts()).containsKey("host-02");
    s.world.removeHost("esx-02");

    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.actions(Action.DeregisterSva.class)).singleElement().satisfies(d -> {
      assertThat(d.registrationId()).isEqualTo("reg-vm-02");
      assertThat(d.reason()).contains("esx-02 was removed");
    });
    assertThat(s.row("esx-02").step()).isEqualTo(HostStep.Removed);
    assertThat(s.memory.hosts()).doesNotContainKey("host-02");

    s.world.deregister("reg-vm-02");
    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.last.hosts()).extracting(r -> r.hostName()).containsExactly("esx-01");
    assertThat(s.last.condition(Condition.READY).isTrue()).isTrue();
  }

  @Test
  void aRemovedHostIsRememberedWhileThePartnerCannotBeReached() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.plan();
    s.world.removeHost("esx-02");
    s.world.partnerReachable = false;
    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.memory.hosts()).containsKey("host-02");
  }

  @Test
  void disconnectedHostsAreReportedNotActedOnAndDoNotCountAgainstReady() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.world.host("esx-02").connection = HostConnection.NOT_RESPONDING;
    World.Agent agent = s.world.agent("esx-02");
    agent.power = PowerState.POWERED_OFF;
    agent.issue(5, "ManagedHostNotReachable", "host esx-02 is not reachable");
    s.plan();

    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-02").step()).isEqualTo(HostStep.Disconnected);
    assertThat(s.row("esx-02").reason()).isEqualTo("HostNotResponding");
    Condition ready = s.last.condition(Condition.READY);
    assertThat(ready.isTrue()).isTrue();
    assertThat(ready.message()).contains("all 1 in-scope hosts", "not judged: esx-02 Disconnected");
    assertThat(s.last.counts().disconnected()).isEqualTo(1);
    assertThat(s.last.counts().inScope()).isEqualTo(1);
    assertThat(s.last.condition(Condition.STALLED).isTrue()).isFalse();
  }

  @Test
  void aHostEnteringMaintenanceDuringAReCreationEndsItAndFreesTheSlot() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    for (String host : new String[] {"esx-01", "esx-02"}) {
      s.world.agent(host).power = PowerState.POWERED_OFF;
      s.world.agent(host).issue(host.endsWith("1") ? 1 : 2, "VmPoweredOff", "expected on");
    }
    s.plan();
    assertThat(s.actions(Action.RecreateSva.class)).extracting(Action.RecreateSva::hostName).containsExactly("esx-01");

    s.world.host("esx-01").maintenance = true;
    s.after(Duration.ofSeconds(20)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.InMaintenance);
    assertThat(s.memory.host("host-01").recreate()).isNull();
    assertThat(s.actions(Action.RecreateSva.class)).extracting(Action.RecreateSva::hostName).containsExactly("esx-02");
  }

  @Test
  void hostsInMaintenanceDoNotMakeReadyTrueWhenNoHostIsLeftInScope() {
    Scenario s = Scenario.converged("esx-01");
    s.world.host("esx-01").maintenance = true;
    s.plan();
    assertThat(s.last.condition(Condition.READY).reason()).isEqualTo("NoHostsInScope");
    assertThat(s.last.counts().inMaintenance()).isEqualTo(1);
  }
}
