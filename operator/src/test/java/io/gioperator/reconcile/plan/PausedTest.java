package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.Pace;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.RemediationAction;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 8: paused means no actions, but the status stays fresh. */
class PausedTest {

  private static Scenario brokenCluster() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.world.agent("esx-01").power = PowerState.POWERED_OFF;
    s.world.agent("esx-01").issue(1, "VmPoweredOff", "Agent VM is expected to be powered on");
    s.world.agent("esx-02").muxVersion = null;
    s.world.agent("esx-02").status = EamStatus.RED;
    s.world.agent("esx-02").issue(2, "VibNotInstalled", "install failed");
    s.world.agencyConfig = s.agencySpec().withHostVersions(java.util.List.of("7.0.3"));
    s.request("r-1", RemediationAction.RecreateSva, "esx-02");
    return s;
  }

  @Test
  void pausedPlansHaveNoActionsButFreshRowsAndConditions() {
    Scenario s = brokenCluster();
    s.paused = true;
    s.plan();

    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.PoweringOn);
    assertThat(s.row("esx-01").message()).contains("Agent VM is expected to be powered on", "not acting", "spec.paused");
    assertThat(s.row("esx-02").step()).isEqualTo(HostStep.InstallingMux);
    assertThat(s.row("esx-02").message()).contains("install failed");
    Condition reconciling = s.last.condition(Condition.RECONCILING);
    assertThat(reconciling.isTrue()).isFalse();
    assertThat(reconciling.reason()).isEqualTo("Paused");
    assertThat(s.last.condition(Condition.READY).reason()).isEqualTo("AgencyNotReady");
    assertThat(s.last.pace()).isEqualTo(Pace.Steady);
    assertThat(s.memory.host("host-01").redeploys()).isEmpty();
    assertThat(s.memory.host("host-01").recreate()).isNull();
    assertThat(s.memory.resolveAttempts()).isEmpty();
    assertThat(s.memory.agencyUpdatedAt()).isNull();
    assertThat(s.last.remediations()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("Pending"));
  }

  @Test
  void unpausingActsOnWhatWasObservedMeanwhile() {
    Scenario s = brokenCluster();
    s.paused = true;
    s.plan();
    s.paused = false;
    s.after(Duration.ofMinutes(1)).plan();

    assertThat(s.actions(Action.UpdateAgency.class)).hasSize(1);
    assertThat(s.actions(Action.RecreateSva.class)).isNotEmpty();
    assertThat(s.actions(Action.ResolveIssues.class)).isNotEmpty();
  }
}
