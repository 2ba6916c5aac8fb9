package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.CompletedRemediation;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.HostOperationsPolicy;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.MuxReinstallPhase;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.RedeployPolicy;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationResult;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 7: one-shot remediation requests, each run once per id. */
class RemediationRunnerTest {

  private static CompletedRemediation completed(Scenario s, String id) {
    return s.memory.completedRemediations().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  /** The SVA on the host comes back on a fresh VM, registered and UP. */
  private static void freshSva(Scenario s, String host, String vm, String ip) {
    World.Agent agent = s.world.agent(host);
    s.world.deregister("reg-" + agent.vm);
    agent.clearIssues().running(vm, ip, Scenario.MUX_VERSION);
    s.world.register(host, ServiceStatus.UP, s.now);
  }

  @Test
  void recreateSvaRunsOnceAndIsRecordedAsCompleted() {
    Scenario s = Scenario.converged("esx-01");
    s.request("r-1", RemediationAction.RecreateSva, "esx-01");
    s.plan();
    assertThat(s.actions(Action.RecreateSva.class)).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("remediation request r-1"));
    assertThat(s.actions(Action.DeregisterSva.class)).hasSize(1);
    assertThat(s.last.remediations()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("Running"));
    assertThat(s.memory.host("host-01").redeploys()).as("requests do not use the hourly budget").isEmpty();

    freshSva(s, "esx-01", "vm-61", "10.0.0.61");
    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Ready);
    assertThat(completed(s, "r-1")).satisfies(c -> {
      assertThat(c.result()).isEqualTo(RemediationResult.Succeeded);
      assertThat(c.message()).contains("vm-01", "vm-61");
      assertThat(c.completedAt()).isEqualTo(s.now);
    });
    assertThat(s.last.remediations()).isEmpty();

    // The request stays in the spec: it never runs again.
    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.memory.completedRemediations()).hasSize(1);
  }

  @Test
  void recreateSvaIgnoresTheHourlyBudgetButWaitsForASlot() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.redeploy = new RedeployPolicy(1, 0);
    s.world.agent("esx-01").power = PowerState.POWERED_OFF;
    s.world.agent("esx-01").issue(1, "VmPoweredOff", "expected on");
    s.request("r-2", RemediationAction.RecreateSva, "esx-02");
    s.plan();
    assertThat(s.row("esx-01").step()).as("automatic: budget 0").isEqualTo(HostStep.Stalled);
    assertThat(s.actions(Action.RecreateSva.class)).extracting(Action.RecreateSva::hostName).containsExactly("esx-02");

    Scenario busy = Scenario.converged("esx-01", "esx-02");
    busy.world.agent("esx-01").power = PowerState.POWERED_OFF;
    busy.world.agent("esx-01").issue(1, "VmPoweredOff", "expected on");
    busy.plan();
    busy.request("r-3", RemediationAction.RecreateSva, "esx-02");
    busy.after(Duration.ofSeconds(10)).plan();
    assertThat(busy.actions(Action.RecreateSva.class)).isEmpty();
    assertThat(busy.last.remediations()).singleElement().satisfies(p -> {
      assertThat(p.state()).isEqualTo("Pending");
      assertThat(p.message()).contains("slot", "esx-01");
    });
  }

  @Test
  void anUnknownHostCompletesAsFailed() {
    Scenario s = Scenario.converged("esx-01");
    s.request("r-4", RemediationAction.RecreateSva, "esx-99");
    s.plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(completed(s, "r-4")).satisfies(c -> {
      assertThat(c.result()).isEqualTo(RemediationResult.Failed);
      assertThat(c.message()).contains("esx-99", "domain-c8");
    });
  }

  @Test
  void reinstallMuxIsRejectedWithTheFieldsToChangeWhenHostOperationsAreNotAllowed() {
    Scenario s = Scenario.converged("esx-01");
    s.hostOps = new HostOperationsPolicy(true, false);
    s.request("r-5", RemediationAction.ReinstallMux, "esx-01");
    s.plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(completed(s, "r-5")).satisfies(c -> {
      assertThat(c.result()).isEqualTo(RemediationResult.Rejected);
      assertThat(c.message()).contains(HostOperationsPolicy.REBOOT_FIELD)
          .doesNotContain(HostOperationsPolicy.MAINTENANCE_MODE_FIELD);
    });

    s.hostOps = new HostOperationsPolicy(true, true);
    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.last.actions()).as("a completed id never runs again").isEmpty();
  }

  @Test
  void reinstallMuxWalksThroughMaintenanceRebootAndEamReinstall() {
    Scenario s = Scenario.converged("esx-01");
    s.hostOps = new HostOperationsPolicy(true, true);
    s.request("r-6", RemediationAction.ReinstallMux, "esx-01");

    s.plan();
    assertThat(s.last.actions()).hasSize(2);
    assertThat(s.last.actions().get(0)).isInstanceOf(Action.DeregisterSva.class);
    assertThat(s.last.actions().get(1)).isInstanceOf(Action.EnterMaintenanceMode.class);
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.InstallingMux);
    assertThat(s.row("esx-01").reason()).isEqualTo("EnteringMaintenanceMode");

    // In maintenance mode (EAM powered the SVA off): remove the VIB, then reboot, in that order.
    s.world.deregister("reg-vm-01");
    s.world.host("esx-01").maintenance = true;
    s.world.agent("esx-01").power = PowerState.POWERED_OFF;
    s.after(Duration.ofSeconds(30)).plan();
    assertThat(s.last.actions()).hasSize(2);
    assertThat(s.last.actions().get(0)).isInstanceOfSatisfying(Action.RemoveVib.class,
        r -> assertThat(r.vibName()).isEqualTo("epsec-mux"));
    assertThat(s.last.actions().get(1)).isInstanceOf(Action.RebootHost.class);
    assertThat(s.memory.host("host-01").muxReinstall().phase()).isEqualTo(MuxReinstallPhase.RebootingHost);

    // Still up with its old boot time: the reboot has not happened yet.
    s.after(Duration.ofSeconds(20)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").reason()).isEqualTo("RebootingHost");

    // Rebooting: the host does not respond; that is expected, not "Disconnected".
    s.world.host("esx-01").connection = io.gioperator.reconcile.model.HostConnection.NOT_RESPONDING;
    s.after(Duration.ofMinutes(3)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").reason()).isEqualTo("RebootingHost");

    // Back with a new boot time: exit maintenance mode.
    s.world.host("esx-01").connection = io.gioperator.reconcile.model.HostConnection.CONNECTED;
    s.world.host("esx-01").bootTime = s.now;
    World.Agent agent = s.world.agent("esx-01");
    agent.muxVersion = null;
    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.last.actions()).singleElement().isInstanceOf(Action.ExitMaintenanceMode.class);

    // Out of maintenance: EAM reports VibNotInstalled, which is resolved so it installs again.
    s.world.host("esx-01").maintenance = false;
    agent.status = EamStatus.RED;
    agent.issue(301, "VibNotInstalled", "VIB epsec-mux is not installed");
    s.after(Duration.ofSeconds(30)).plan();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.issueKeys()).containsExactly(301));
    assertThat(s.actions(Action.RecreateSva.class)).as("a powered-off SVA during a reinstall is not re-created").isEmpty();
    assertThat(s.memory.host("host-01").muxReinstall().phase()).isEqualTo(MuxReinstallPhase.ReinstallingMux);

    // EAM installed the Mux: the request succeeded; the SVA is registered again by the normal flow.
    agent.clearIssues().running("vm-01", "10.0.0.1", Scenario.MUX_VERSION);
    s.after(Duration.ofMinutes(1)).plan();
    assertThat(completed(s, "r-6").result()).isEqualTo(RemediationResult.Succeeded);
    assertThat(s.memory.host("host-01").muxReinstall()).isNull();
    assertThat(s.actions(Action.RegisterSva.class)).hasSize(1);
  }

  @Test
  void aStuckReinstallFailsAfterTheTimeoutAndLeavesMaintenanceMode() {
    Scenario s = Scenario.converged("esx-01");
    s.hostOps = new HostOperationsPolicy(true, true);
    s.request("r-7", RemediationAction.ReinstallMux, "esx-01");
    s.plan();
    s.world.host("esx-01").maintenance = true;
    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.actions(Action.RebootHost.class)).hasSize(1);

    s.after(Duration.ofMinutes(61)).plan();
    assertThat(completed(s, "r-7")).satisfies(c -> {
      assertThat(c.result()).isEqualTo(RemediationResult.Failed);
      assertThat(c.message()).contains("RebootingHost");
    });
    assertThat(s.actions(Action.ExitMaintenanceMode.class)).hasSize(1);
  }

  @Test
  void aSecondRequestOnABusyHostWaitsItsTurn() {
    Scenario s = Scenario.converged("esx-01");
    s.request("r-8", RemediationAction.RecreateSva, "esx-01");
    s.request("r-9", RemediationAction.RecreateSva, "esx-01");
    s.plan();
    assertThat(s.actions(Action.RecreateSva.class)).hasSize(1);
    assertThat(s.last.remediations()).extracting(p -> p.id() + ":" + p.state()).containsExactly("r-8:Running", "r-9:Pending");
  }
}
