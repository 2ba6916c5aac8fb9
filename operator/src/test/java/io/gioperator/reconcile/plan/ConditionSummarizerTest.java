package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.ConditionStatus;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.Pace;
import io.gioperator.reconcile.model.Plan;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.ServiceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conditions summarize in-scope hosts; Reconciling/Stalled follow kstatus. */
class ConditionSummarizerTest {

  @Test
  void everyConditionTheStatusPromisesIsWritten() {
    Scenario s = Scenario.converged("esx-01");
    s.plan();
    assertThat(s.last.conditions()).extracting(Condition::type).containsExactly(
        Condition.COMPATIBLE, Condition.AGENCY_READY, Condition.MUX_INSTALLED, Condition.SVA_DEPLOYED,
        Condition.SVA_POWERED_ON, Condition.PARTNER_REGISTERED, Condition.SERVICE_HEALTHY, Condition.READY,
        Condition.RECONCILING, Condition.STALLED);
    assertThat(s.last.conditions()).allSatisfy(c -> assertThat(c.reason()).matches("[A-Z][A-Za-z]*"));
  }

  @Test
  void stepConditionsNameTheHostsThatFailThemWithTheirReason() {
    Scenario s = Scenario.converged("esx-01", "esx-02", "esx-03");
    World.Agent agent = s.world.agent("esx-02");
    agent.muxVersion = "6.5.0-1";
    agent.status = EamStatus.YELLOW;
    s.plan();

    Condition mux = s.last.condition(Condition.MUX_INSTALLED);
    assertThat(mux.status()).isEqualTo(ConditionStatus.False);
    assertThat(mux.reason()).isEqualTo("MuxNotInstalled");
    assertThat(mux.message()).contains("1 of 3", "esx-02 (InstallingMux: MuxVersionMismatch)");
    assertThat(s.row("esx-02").message()).contains("installed: 6.5.0-1");
    assertThat(s.last.condition(Condition.SVA_DEPLOYED).isTrue()).isTrue();
    assertThat(s.last.condition(Condition.READY).message()).contains("2 of 3 in-scope hosts ready");
  }

  @Test
  void serviceAndRegistrationAreUnknownWhenThePartnerCannotBeAsked() {
    Scenario s = Scenario.converged("esx-01");
    s.world.partnerReachable = false;
    s.plan();
    assertThat(s.last.condition(Condition.SERVICE_HEALTHY).status()).isEqualTo(ConditionStatus.Unknown);
    assertThat(s.last.condition(Condition.PARTNER_REGISTERED).status()).isEqualTo(ConditionStatus.Unknown);
    assertThat(s.last.condition(Condition.READY).isTrue()).isFalse();
  }

  @Test
  void installAndServiceStatusStaySeparate() {
    Scenario s = Scenario.converged("esx-01");
    s.world.setService("esx-01", ServiceStatus.DOWN, s.now, null);
    s.plan();
    assertThat(s.last.condition(Condition.SVA_POWERED_ON).isTrue()).isTrue();
    assertThat(s.last.condition(Condition.PARTNER_REGISTERED).isTrue()).isTrue();
    assertThat(s.last.condition(Condition.SERVICE_HEALTHY).isTrue()).isFalse();
    assertThat(s.row("esx-01").service()).isEqualTo(ServiceStatus.DOWN);
    assertThat(s.row("esx-01").powerState()).isEqualTo(PowerState.POWERED_ON);
    assertThat(s.last.pace()).as("a DOWN timer is running").isEqualTo(Pace.Converging);
  }

  @Test
  void theSamePlanComesOutOfTheSameInputs() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.world.agent("esx-02").power = PowerState.POWERED_OFF;
    s.world.agent("esx-02").issue(4, "VmPoweredOff", "off");
    var desired = s.desired();
    var observed = s.world.observe(desired);
    Plan one = Planner.plan(desired, observed, s.memory, s.now);
    Plan two = Planner.plan(desired, observed, s.memory, s.now);
    assertThat(one).isEqualTo(two);
  }

  @Test
  void ovfPropertyValuesNeverAppearInActionsRowsOrConditions() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agencyPresent = false;
    s.plan();
    assertThat(s.everythingPrinted()).contains("manager.password").doesNotContain("s3cret-value");
    s.world.agencyPresent = true;
    s.world.agencyConfig = s.agencySpec().withHostVersions(List.of("8.0.2"));
    s.ovfProperties = java.util.Map.of("manager.address", "10.1.1.1", "manager.password", "changed-secret");
    s.plan();
    assertThat(s.everythingPrinted()).doesNotContain("changed-secret").doesNotContain("s3cret-value");
  }
}
