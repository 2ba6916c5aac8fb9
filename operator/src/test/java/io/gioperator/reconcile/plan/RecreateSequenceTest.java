package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.RecreateCause;
import io.gioperator.reconcile.model.RecreateKind;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 5: a broken SVA is re-created from its OVF, never powered on again, and registered anew. */
class RecreateSequenceTest {

  private static void powerOff(Scenario s, String host) {
    World.Agent agent = s.world.agent(host);
    agent.power = PowerState.POWERED_OFF;
    agent.heartbeat = false;
    agent.status = EamStatus.RED;
    agent.issue(50, "VmPoweredOff", "Agent VM is expected to be powered on");
  }

  @Test
  void poweredOffSvaGoesThroughRecreateResolveDeployRegisterToReady() {
    Scenario s = Scenario.converged("esx-01");
    s.plan();
    powerOff(s, "esx-01");

    // 1. Powered off: deregister, then destroy; never a power-on.
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.last.actions()).hasSize(2);
    assertThat(s.last.actions().get(0)).isInstanceOfSatisfying(Action.DeregisterSva.class,
        d -> assertThat(d.registrationId()).isEqualTo("reg-vm-01"));
    assertThat(s.last.actions().get(1)).isInstanceOfSatisfying(Action.RecreateSva.class, r -> {
      assertThat(r.vmRef()).isEqualTo("vm-01");
      assertThat(r.agentRef()).isEqualTo("agent-01");
      assertThat(r.reason()).contains("poweredOff", "VmPoweredOff");
    });
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Recreating);
    assertThat(s.memory.host("host-01").redeploys()).hasSize(1);
    assertThat(s.memory.host("host-01").recreate().cause()).isEqualTo(RecreateCause.PoweredOff);

    // 2. The act layer destroyed the VM; EAM raises VmNotDeployed, which is resolved (not counted again).
    s.world.deregister("reg-vm-01");
    World.Agent agent = s.world.agent("esx-01").clearIssues().noVm();
    agent.issue(51, "VmNotDeployed", "Agent VM is expected to be deployed");
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.last.actions()).singleElement().isInstanceOfSatisfying(Action.ResolveIssues.class,
        r -> assertThat(r.issueKeys()).containsExactly(51));
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Recreating);
    assertThat(s.row("esx-01").reason()).isEqualTo("RedeployingFromOvf");
    assertThat(s.memory.host("host-01").redeploys()).as("the same re-creation counts once").hasSize(1);

    // 3. EAM deployed a fresh VM and powers it on (yellow): not "unexpectedly off".
    agent.clearIssues();
    agent.vm = "vm-77";
    agent.power = PowerState.POWERED_OFF;
    agent.status = EamStatus.YELLOW;
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.PoweringOn);

    agent.power = PowerState.POWERED_ON;
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.WaitingForIp);

    // 4. IP known: registered again with the new VM and IP.
    agent.ip = "10.0.0.77";
    agent.heartbeat = true;
    agent.status = EamStatus.GREEN;
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.RegisterSva.class)).singleElement().satisfies(r -> {
      assertThat(r.vmRef()).isEqualTo("vm-77");
      assertThat(r.ip()).isEqualTo("10.0.0.77");
    });

    // 5. The partner reports UP: Ready, the re-creation is over and frees its slot.
    s.world.register("esx-01", ServiceStatus.UP, s.now);
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Ready);
    assertThat(s.memory.host("host-01").recreate()).isNull();
    assertThat(s.memory.host("host-01").lastRecreateReason()).contains("poweredOff");
    assertThat(s.last.condition(Condition.READY).isTrue()).isTrue();
    assertThat(s.last.actions()).isEmpty();
  }

  @Test
  void aSuspendedSvaIsReCreatedToo() {
    Scenario s = Scenario.converged("esx-01");
    World.Agent agent = s.world.agent("esx-01");
    agent.power = PowerState.SUSPENDED;
    agent.issue(60, "VmSuspended", "Agent VM is suspended");
    s.plan();
    assertThat(s.actions(Action.RecreateSva.class)).hasSize(1);
    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();
  }

  @Test
  void eamsPowerIssueCountsEvenWhileTheAgentIsYellow() {
    Scenario s = Scenario.converged("esx-01");
    World.Agent agent = s.world.agent("esx-01");
    agent.power = PowerState.POWERED_OFF;
    agent.status = EamStatus.YELLOW;
    s.plan();
    assertThat(s.last.actions()).as("yellow without an issue: EAM is still powering it on").isEmpty();

    agent.issue(61, "VmPoweredOff", "Agent VM is expected to be powered on");
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.RecreateSva.class)).hasSize(1);
  }

  @Test
  void anSvaOffWithoutEamsPowerIssueIsReCreatedOnlyWhenItIsStillOffAfterTheConfirmation() {
    Scenario s = Scenario.converged("esx-01");
    s.plan();
    World.Agent agent = s.world.agent("esx-01");
    agent.power = PowerState.POWERED_OFF;
    agent.status = EamStatus.GREEN;

    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.last.actions()).as("EAM's view may lag: nothing destroyed on one sighting").isEmpty();
    assertThat(s.row("esx-01").message()).contains("EAM reports no power issue for SVA vm-01 yet");
    assertThat(s.memory.host("host-01").redeploys()).isEmpty();

    s.after(Duration.ofSeconds(20)).plan();
    assertThat(s.last.actions()).as("still inside the confirmation (30 s from the first sighting)").isEmpty();

    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.RecreateSva.class)).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("vm-01 is poweredOff unexpectedly", "without a power issue"));
    assertThat(s.memory.host("host-01").poweredOffSince()).isNull();
  }

  @Test
  void anSvaPoweredOffForMaintenanceModeBeforeTheHostReportsItIsNotReCreated() {
    Scenario s = Scenario.converged("esx-01");
    s.plan();
    // One observation read the host before it entered maintenance mode and the VM after EAM powered it off.
    World.Agent agent = s.world.agent("esx-01");
    agent.power = PowerState.POWERED_OFF;
    agent.status = EamStatus.GREEN;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.last.actions()).isEmpty();

    s.world.host("esx-01").maintenance = true;
    agent.status = EamStatus.YELLOW;
    s.after(Duration.ofMinutes(5)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.InMaintenance);

    // Out again, before EAM powered the SVA on: the earlier sighting does not count any more.
    s.world.host("esx-01").maintenance = false;
    agent.status = EamStatus.GREEN;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.memory.host("host-01").redeploys()).isEmpty();
  }

  @Test
  void theDestroyIsIssuedAgainIfTheOldVmIsStillThereAfterTheRetryIntervalWithoutCountingTwice() {
    Scenario s = Scenario.converged("esx-01");
    powerOff(s, "esx-01");
    s.plan();
    assertThat(s.actions(Action.RecreateSva.class)).hasSize(1);

    s.after(Duration.ofSeconds(30)).plan();
    assertThat(s.actions(Action.RecreateSva.class)).as("act layer may still be working").isEmpty();
    assertThat(s.row("esx-01").reason()).isEqualTo("DestroyingSva");

    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.actions(Action.RecreateSva.class)).hasSize(1);
    assertThat(s.memory.host("host-01").redeploys()).hasSize(1);
  }

  @Test
  void maxUnavailableBoundsConcurrentReCreations() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    powerOff(s, "esx-01");
    powerOff(s, "esx-02");
    s.plan();

    assertThat(s.actions(Action.RecreateSva.class)).singleElement()
        .satisfies(r -> assertThat(r.hostName()).isEqualTo("esx-01"));
    assertThat(s.row("esx-02").step()).isEqualTo(HostStep.Recreating);
    assertThat(s.row("esx-02").reason()).isEqualTo("WaitingForRedeploySlot");
    assertThat(s.row("esx-02").message()).contains("esx-01");
    assertThat(s.memory.host("host-02").redeploys()).isEmpty();

    // esx-01 comes back on a fresh VM and is Ready: esx-02 gets the slot.
    s.world.deregister("reg-vm-01");
    s.world.agent("esx-01").clearIssues().running("vm-81", "10.0.0.81", Scenario.MUX_VERSION);
    s.world.register("esx-01", ServiceStatus.UP, s.now);
    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Ready);
    assertThat(s.actions(Action.RecreateSva.class)).singleElement()
        .satisfies(r -> assertThat(r.hostName()).isEqualTo("esx-02"));
  }

  @Test
  void theHourlyBudgetStallsAHostInsteadOfLooping() {
    Scenario s = Scenario.converged("esx-01");
    s.redeploy = new io.gioperator.reconcile.model.RedeployPolicy(1, 2);
    for (int round = 1; round <= 2; round++) {
      powerOff(s, "esx-01");
      s.plan();
      assertThat(s.actions(Action.RecreateSva.class)).as("round " + round).hasSize(1);
      String vm = "vm-9" + round;
      s.world.deregister("reg-" + s.world.agent("esx-01").vm);
      s.world.agent("esx-01").clearIssues().running(vm, "10.0.0.9" + round, Scenario.MUX_VERSION);
      s.world.register("esx-01", ServiceStatus.UP, s.now);
      s.after(Duration.ofMinutes(5)).plan();
      assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Ready);
    }

    powerOff(s, "esx-01");
    s.after(Duration.ofMinutes(5)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Stalled);
    assertThat(s.row("esx-01").reason()).isEqualTo("RedeployBudgetExhausted");
    assertThat(s.row("esx-01").message()).contains("2 time(s) in the last hour", "maxRedeploysPerHostPerHour 2");
    assertThat(s.last.condition(Condition.STALLED).reason()).isEqualTo("RedeployBudgetExhausted");
    assertThat(s.last.condition(Condition.RECONCILING).isTrue()).isFalse();

    s.after(Duration.ofMinutes(50)).plan();
    assertThat(s.actions(Action.RecreateSva.class)).as("the first re-creation left the window").hasSize(1);
  }

  @Test
  void aCorruptedVmIsResolvedByEamAndCountsAsARedeploy() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agent("esx-01").issue(70, "VmCorrupted", "VM files missing");
    s.plan();

    assertThat(s.last.actions()).hasSize(2);
    assertThat(s.last.actions().get(0)).isInstanceOf(Action.DeregisterSva.class);
    assertThat(s.last.actions().get(1)).isInstanceOfSatisfying(Action.ResolveIssues.class,
        r -> assertThat(r.issueKeys()).containsExactly(70));
    assertThat(s.memory.host("host-01").redeploys()).hasSize(1);
    assertThat(s.memory.host("host-01").recreate().kind()).isEqualTo(RecreateKind.EamRedeploy);
    assertThat(s.memory.host("host-01").recreate().cause()).isEqualTo(RecreateCause.Corrupted);
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Recreating);
  }

  @Test
  void aVmDeletedOutsideTheOperatorIsARedeployButAFirstDeploymentIsNot() {
    Scenario s = Scenario.converged("esx-01");
    s.plan();
    s.world.agent("esx-01").noVm().issue(80, "VmNotDeployed", "Agent VM is expected to be deployed");
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.ResolveIssues.class)).hasSize(1);
    assertThat(s.actions(Action.DeregisterSva.class)).as("the registration of the deleted VM").hasSize(1);
    assertThat(s.memory.host("host-01").redeploys()).hasSize(1);
    assertThat(s.memory.host("host-01").lastRecreateReason()).contains("vm-01 was deleted outside the operator");
    assertThat(s.memory.host("host-01").recreate().cause()).isEqualTo(RecreateCause.Deleted);

    Scenario fresh = new Scenario();
    fresh.world.host("esx-01");
    fresh.world.agent("esx-01").issue(81, "VmNotDeployed", "Agent VM is expected to be deployed");
    fresh.plan();
    assertThat(fresh.actions(Action.ResolveIssues.class)).hasSize(1);
    assertThat(fresh.memory.host("host-01").redeploys()).isEmpty();
  }

  @Test
  void aReCreationThatNeverComesBackTimesOutAndMayStartAgain() {
    Scenario s = Scenario.converged("esx-01");
    powerOff(s, "esx-01");
    s.plan();
    s.world.deregister("reg-vm-01");
    World.Agent agent = s.world.agent("esx-01").clearIssues().noVm();
    agent.issue(90, "CannotAccessAgentOVF", "cannot download the OVF");
    s.after(Duration.ofMinutes(31)).plan();
    assertThat(s.memory.host("host-01").recreate()).isNull();
    assertThat(s.row("esx-01").message()).contains("did not bring esx-01 back to Ready");
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.DeployingSva);
    assertThat(s.row("esx-01").reason()).isEqualTo("CannotAccessAgentOVF");
  }

  @Test
  void staleRegistrationsOfReplacedVmsAreRemoved() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agent("esx-01").running("vm-55", "10.0.0.55", Scenario.MUX_VERSION);
    s.plan();
    assertThat(s.actions(Action.DeregisterSva.class)).singleElement()
        .satisfies(d -> assertThat(d.registrationId()).isEqualTo("reg-vm-01"));
    assertThat(s.actions(Action.RegisterSva.class)).singleElement()
        .satisfies(r -> assertThat(r.vmRef()).isEqualTo("vm-55"));
  }
}
