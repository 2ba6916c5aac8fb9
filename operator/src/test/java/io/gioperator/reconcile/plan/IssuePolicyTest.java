package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.EamTarget;
import io.gioperator.reconcile.model.HostOperationsPolicy;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.MaintenanceModePolicy;
import io.gioperator.reconcile.model.PowerState;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rule 4: which EAM issues are resolved, which are re-created instead, which wait or are reported. */
class IssuePolicyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "VmNotDeployed, RESOLVE",
      "CannotAccessAgentOVF, RESOLVE",
      "VmOrphaned, RESOLVE",
      "VibNotInstalled, RESOLVE",
      "CannotAccessAgentVib, RESOLVE",
      "VibInvalidFormat, RESOLVE",
      "VibDependenciesNotMetByHost, RESOLVE",
      "VibRequirementsNotMetByHost, RESOLVE",
      "VmCorrupted, RESOLVE_AS_REDEPLOY",
      "VmPoweredOff, RECREATE_INSTEAD",
      "VmSuspended, RECREATE_INSTEAD",
      "VibRequiresHostInMaintenanceMode, NEEDS_MAINTENANCE_MODE",
      "VibCannotPutHostInMaintenanceMode, NEEDS_MAINTENANCE_MODE",
      "VibRequiresHostReboot, NEEDS_REBOOT",
      "ImmediateHostRebootRequired, NEEDS_REBOOT",
      "HostInMaintenanceMode, HOST_IN_MAINTENANCE",
      "VmRequiresHostOutOfMaintenanceMode, HOST_IN_MAINTENANCE",
      "NoAgentVmDatastore, REPORT",
      "NoAgentVmNetwork, REPORT",
      "OvfInvalidProperty, REPORT",
      "ManagedHostNotReachable, REPORT",
      "CertificateNotTrusted, REPORT",
      "InsufficientSpace, REPORT",
      "InsufficientResources, REPORT",
      "PersonalityAgentAwaitingPMRemediation, REPORT",
      "SomethingNewIn95, REPORT"})
  void catalogue(String type, IssueCategory expected) {
    assertThat(IssuePolicy.categorize(type)).isEqualTo(expected);
  }

  private static Scenario withIssue(String type, String text) {
    Scenario s = Scenario.converged("esx-01");
    World.Agent agent = s.world.agent("esx-01");
    agent.muxVersion = null;
    agent.status = EamStatus.RED;
    agent.issue(101, type, text);
    return s;
  }

  @Test
  void safeIssuesAreResolvedOnTheirAgent() {
    Scenario s = withIssue("VibNotInstalled", "VIB installation failed on host esx-01");
    s.plan();

    assertThat(s.actions(Action.ResolveIssues.class)).singleElement().satisfies(r -> {
      assertThat(r.targetType()).isEqualTo(EamTarget.AGENT);
      assertThat(r.targetRef()).isEqualTo("agent-01");
      assertThat(r.issueKeys()).containsExactly(101);
      assertThat(r.reason()).contains("VibNotInstalled", "esx-01");
    });
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.InstallingMux);
    assertThat(s.row("esx-01").reason()).isEqualTo("VibNotInstalled");
    assertThat(s.row("esx-01").message()).contains("VIB installation failed on host esx-01");
  }

  @Test
  void theSameIssueIsNotResolvedAgainUntilTheRetryIntervalPassed() {
    Scenario s = withIssue("CannotAccessAgentVib", "cannot download https://repo.example/mux-bundle.zip");
    s.plan();
    assertThat(s.actions(Action.ResolveIssues.class)).hasSize(1);

    s.after(Duration.ofSeconds(30)).plan();
    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();

    // EAM regenerated the issue under a new key: still the same problem, still waiting.
    s.world.agent("esx-01").clearIssues().issue(102, "CannotAccessAgentVib", "cannot download");
    s.after(Duration.ofSeconds(30)).plan();
    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();

    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.issueKeys()).containsExactly(102));
  }

  @Test
  void aResolvedIssueThatDisappearedIsForgotten() {
    Scenario s = withIssue("VibNotInstalled", "failed");
    s.plan();
    assertThat(s.memory.resolveAttempts()).hasSize(1);

    s.world.agent("esx-01").clearIssues();
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.memory.resolveAttempts()).isEmpty();
  }

  @Test
  void aPoweredOffSvaIsNeverResolvedButReCreated() {
    Scenario s = Scenario.converged("esx-01");
    World.Agent agent = s.world.agent("esx-01");
    agent.power = PowerState.POWERED_OFF;
    agent.status = EamStatus.RED;
    agent.issue(5, "VmPoweredOff", "Agent VM is expected to be powered on");
    s.plan();

    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();
    assertThat(s.actions(Action.RecreateSva.class)).hasSize(1);
  }

  @Test
  void maintenanceModeIssuesWaitForPermissionWithEamsTextAndTheFieldToChange() {
    Scenario s = withIssue("VibRequiresHostInMaintenanceMode", "The VIB requires the host to be in maintenance mode");
    s.plan();

    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.WaitingForMaintenanceModePermission);
    assertThat(s.row("esx-01").message())
        .contains("The VIB requires the host to be in maintenance mode")
        .contains(HostOperationsPolicy.MAINTENANCE_MODE_FIELD);
    assertThat(s.last.condition(Condition.STALLED).reason()).isEqualTo("MaintenanceModeNotAllowed");
  }

  @Test
  void rebootIssuesAlsoNeedAllowReboot() {
    Scenario s = withIssue("VibRequiresHostReboot", "host reboot required");
    s.hostOps = new HostOperationsPolicy(true, false);
    s.plan();

    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.WaitingForMaintenanceModePermission);
    assertThat(s.row("esx-01").message()).contains(HostOperationsPolicy.REBOOT_FIELD)
        .doesNotContain(HostOperationsPolicy.MAINTENANCE_MODE_FIELD);

    s.hostOps = new HostOperationsPolicy(true, true);
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.issueKeys()).containsExactly(101));
  }

  @Test
  void eamsMaintenancePolicyIsPinnedToSingleHostBeforeResolving() {
    Scenario s = withIssue("VibRequiresHostInMaintenanceMode", "needs maintenance mode");
    s.hostOps = new HostOperationsPolicy(true, false);
    s.world.eamPolicy = MaintenanceModePolicy.MULTIPLE_HOSTS;
    s.plan();

    assertThat(s.actions(Action.SetMaintenanceModePolicy.class)).singleElement()
        .satisfies(a -> assertThat(a.policy()).isEqualTo(MaintenanceModePolicy.SINGLE_HOST));
    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();
    assertThat(s.row("esx-01").reason()).isEqualTo("WaitingForMaintenanceModePolicy");

    s.world.eamPolicy = MaintenanceModePolicy.SINGLE_HOST;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.actions(Action.SetMaintenanceModePolicy.class)).isEmpty();
    assertThat(s.actions(Action.ResolveIssues.class)).hasSize(1);
    assertThat(s.memory.host("host-01").maintenanceHold()).isNotNull();
  }

  @Test
  void maintenanceModeRemediationsRunOneHostAtATime() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.hostOps = new HostOperationsPolicy(true, false);
    s.redeploy = new io.gioperator.reconcile.model.RedeployPolicy(2, 3);
    for (String host : new String[] {"esx-01", "esx-02"}) {
      World.Agent agent = s.world.agent(host);
      agent.muxVersion = null;
      agent.issue(host.endsWith("1") ? 11 : 12, "VibRequiresHostInMaintenanceMode", "needs maintenance mode");
    }
    s.plan();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.targetRef()).isEqualTo("agent-01"));
    assertThat(s.row("esx-02").reason()).isEqualTo("WaitingForMaintenanceSlot");
    assertThat(s.row("esx-02").message()).contains("esx-01 is in maintenance mode for the operator");

    // EAM put esx-01 into maintenance mode: it is ours, not an admin's.
    s.world.host("esx-01").maintenance = true;
    s.after(Duration.ofSeconds(30)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.InstallingMux);
    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();

    // EAM installed the VIB and left maintenance mode.
    s.world.host("esx-01").maintenance = false;
    s.world.agent("esx-01").clearIssues().muxVersion = Scenario.MUX_VERSION;
    s.after(Duration.ofMinutes(3)).plan();
    assertThat(s.memory.host("host-01").maintenanceHold()).isNull();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.targetRef()).isEqualTo("agent-02"));
  }

  @Test
  void theMaintenanceSlotPassesOnAsSoonAsEamInstalledTheVibAndLeftMaintenanceMode() {
    Scenario s = twoHostsNeeding("VibRequiresHostInMaintenanceMode", new HostOperationsPolicy(true, false));
    s.plan();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.targetRef()).isEqualTo("agent-01"));

    // The Resolve cleared the issue, but EAM has not put the host into maintenance mode yet: still ours.
    s.world.agent("esx-01").clearIssues();
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.memory.host("host-01").maintenanceHold()).isNotNull();
    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();
    assertThat(s.row("esx-02").reason()).isEqualTo("WaitingForMaintenanceSlot");

    s.world.host("esx-01").maintenance = true;
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();

    // Installed and out of maintenance mode 30 s after the Resolve, long before the 2-minute grace.
    s.world.host("esx-01").maintenance = false;
    s.world.agent("esx-01").muxVersion = Scenario.MUX_VERSION;
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.memory.host("host-01").maintenanceHold()).isNull();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.targetRef()).isEqualTo("agent-02"));
  }

  @Test
  void aRebootHoldKeepsTheSlotForTheGraceEvenWithTheVibReported() {
    Scenario s = twoHostsNeeding("VibRequiresHostReboot", new HostOperationsPolicy(true, true));
    s.plan();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.targetRef()).isEqualTo("agent-01"));

    // The VIB is reported while the host has yet to go down for its reboot: the slot stays.
    s.world.agent("esx-01").clearIssues().muxVersion = Scenario.MUX_VERSION;
    s.after(Duration.ofSeconds(30)).plan();
    assertThat(s.memory.host("host-01").maintenanceHold()).isNotNull();
    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();

    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.memory.host("host-01").maintenanceHold()).isNull();
    assertThat(s.actions(Action.ResolveIssues.class)).singleElement()
        .satisfies(r -> assertThat(r.targetRef()).isEqualTo("agent-02"));
  }

  private static Scenario twoHostsNeeding(String issueType, HostOperationsPolicy hostOps) {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.hostOps = hostOps;
    s.redeploy = new io.gioperator.reconcile.model.RedeployPolicy(2, 3);
    for (String host : new String[] {"esx-01", "esx-02"}) {
      World.Agent agent = s.world.agent(host);
      agent.muxVersion = null;
      agent.issue(host.endsWith("1") ? 11 : 12, issueType, "needs " + issueType);
    }
    return s;
  }

  @Test
  void hostsInMaintenanceAreReportedNotFought() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.world.host("esx-02").maintenance = true;
    World.Agent agent = s.world.agent("esx-02");
    agent.power = PowerState.POWERED_OFF;
    agent.issue(9, "VmRequiresHostOutOfMaintenanceMode", "cannot deploy while the host is in maintenance mode");
    s.plan();

    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-02").step()).isEqualTo(HostStep.InMaintenance);
    assertThat(s.row("esx-02").message()).contains("cannot deploy while the host is in maintenance mode");
  }

  @Test
  void passiveAndUnknownIssuesAreReportedWithTheirTextAndNeedAPerson() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    World.Agent one = s.world.agent("esx-01").noVm();
    one.issue(21, "NoAgentVmDatastore", "No datastore configured for agent VMs on host esx-01");
    s.world.agent("esx-02").issue(22, "SomethingNewIn95", "a new kind of problem");
    s.plan();

    assertThat(s.actions(Action.ResolveIssues.class)).isEmpty();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.DeployingSva);
    assertThat(s.row("esx-01").reason()).isEqualTo("NoAgentVmDatastore");
    assertThat(s.row("esx-01").message()).contains("No datastore configured for agent VMs on host esx-01");
    assertThat(s.row("esx-01").manualActionRequired()).isTrue();
    assertThat(s.row("esx-02").step()).isEqualTo(HostStep.Ready);
    assertThat(s.row("esx-02").message()).contains("SomethingNewIn95: a new kind of problem");
    assertThat(s.last.condition(Condition.STALLED).reason()).isEqualTo("ManualActionRequired");
  }

  @Test
  void anUnreachableOvfIsResolvedAgainAfterTheCauseMayHaveBeenFixed() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agent("esx-01").noVm().issue(40, "CannotAccessAgentOVF", "cannot download https://repo.example/sva-4.2.0.ovf");
    s.plan();
    assertThat(s.actions(Action.ResolveIssues.class)).hasSize(1);
    assertThat(s.row("esx-01").reason()).isEqualTo("CannotAccessAgentOVF");
    assertThat(s.row("esx-01").message()).contains("cannot download https://repo.example/sva-4.2.0.ovf");

    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.actions(Action.ResolveIssues.class)).hasSize(1);
  }
}
