package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.Pace;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rules 2 and 3: from an empty cluster to Ready, one observation at a time, in the real deployment order. */
class DeploymentSequenceTest {

  @Test
  void drivesAnEmptyClusterToReadyStepByStep() {
    Scenario s = new Scenario();
    s.world.host("esx-01");
    s.world.agencyPresent = false;

    s.plan();
    assertThat(s.actions(Action.CreateAgency.class)).singleElement().satisfies(create -> {
      assertThat(create.agencyName()).isEqualTo("gi-operator/security/prod-cluster");
      assertThat(create.spec().hostVersions()).containsExactly("8.0.2");
      assertThat(create.spec().clusterRef()).isEqualTo("domain-c8");
    });
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Pending);
    assertThat(s.row("esx-01").reason()).isEqualTo("AgencyNotCreated");
    assertThat(s.last.pace()).isEqualTo(Pace.Converging);

    // EAM created the agency and an agent; the VIB is being installed.
    s.world.agencyPresent = true;
    s.world.agencyStatus = EamStatus.YELLOW;
    World.Agent agent = s.world.agent("esx-01");
    agent.status = EamStatus.YELLOW;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.memory.agencyRef()).isEqualTo("agency-1");
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.InstallingMux);
    assertThat(s.row("esx-01").reason()).isEqualTo("MuxNotInstalled");

    agent.muxVersion = Scenario.MUX_VERSION;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.DeployingSva);

    agent.vm = "vm-40";
    agent.power = PowerState.POWERED_OFF;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.PoweringOn);
    assertThat(s.last.actions()).as("EAM is still working (yellow): a fresh VM is not 'unexpectedly off'").isEmpty();

    agent.power = PowerState.POWERED_ON;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.WaitingForIp);

    agent.ip = "10.0.0.40";
    agent.heartbeat = true;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Registering);
    assertThat(s.actions(Action.RegisterSva.class)).singleElement().satisfies(register -> {
      assertThat(register.vmRef()).isEqualTo("vm-40");
      assertThat(register.ip()).isEqualTo("10.0.0.40");
      assertThat(register.svaVersion()).isEqualTo("4.2.0");
    });

    s.world.register("esx-01", ServiceStatus.UNKNOWN, null);
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.WaitingForService);
    assertThat(s.last.actions()).isEmpty();

    s.world.setService("esx-01", ServiceStatus.UP, s.now, null);
    agent.status = EamStatus.GREEN;
    s.world.agencyStatus = EamStatus.GREEN;
    s.after(Duration.ofSeconds(5)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Ready);
    assertThat(s.last.condition(Condition.READY).isTrue()).isTrue();
    assertThat(s.last.condition(Condition.RECONCILING).isTrue()).isFalse();
    assertThat(s.last.pace()).isEqualTo(Pace.Steady);
    assertThat(s.last.actions()).isEmpty();
  }

  @Test
  void aConvergedClusterIsSteadyAndAllConditionsAreTrue() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.last.conditions()).filteredOn(c -> !c.type().equals(Condition.RECONCILING) && !c.type().equals(Condition.STALLED))
        .allSatisfy(c -> assertThat(c.isTrue()).as(c.toString()).isTrue());
    assertThat(s.last.condition(Condition.STALLED).isTrue()).isFalse();
    assertThat(s.last.counts().ready()).isEqualTo(2);
    assertThat(s.last.counts().inScope()).isEqualTo(2);
    assertThat(s.row("esx-01").service()).isEqualTo(ServiceStatus.UP);
    assertThat(s.row("esx-01").muxVersion()).isEqualTo(Scenario.MUX_VERSION);
  }
}
