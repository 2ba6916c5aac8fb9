package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.RecreateCause;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 5, health part: the partner's service status and heartbeats, with EAM's heartbeat as the floor. */
class ServiceHealthTest {

  @Test
  void aServiceDownIsToleratedUntilTheTimeoutThenReCreated() {
    Scenario s = Scenario.converged("esx-01");
    s.world.setService("esx-01", ServiceStatus.DOWN, s.now, "scan engine stopped, no heartbeat from ds_agent");
    s.plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.WaitingForService);
    assertThat(s.row("esx-01").reason()).isEqualTo("ServiceDown");
    assertThat(s.row("esx-01").message()).contains("scan engine stopped");
    assertThat(s.memory.host("host-01").unhealthySince()).isEqualTo(Scenario.T0);

    s.after(Duration.ofMinutes(4)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.memory.host("host-01").unhealthySince()).as("first seen, not last seen").isEqualTo(Scenario.T0);

    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.actions(Action.RecreateSva.class)).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("ServiceDown"));
    assertThat(s.memory.host("host-01").recreate().cause()).as("the partner's words do not change the cause")
        .isEqualTo(RecreateCause.ServiceDown);
  }

  @Test
  void aServiceThatRecoversResetsTheTimer() {
    Scenario s = Scenario.converged("esx-01");
    s.world.setService("esx-01", ServiceStatus.DOWN, s.now, null);
    s.plan();
    s.world.setService("esx-01", ServiceStatus.UP, s.now, null);
    s.after(Duration.ofMinutes(4)).plan();
    assertThat(s.memory.host("host-01").unhealthySince()).isNull();
    s.world.setService("esx-01", ServiceStatus.DOWN, s.now, null);
    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.last.actions()).isEmpty();
  }

  @Test
  void aMissingPartnerHeartbeatPastTheTimeoutReCreates() {
    Scenario s = Scenario.converged("esx-01");
    s.world.silent.add("esx-01");
    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.last.actions()).isEmpty();

    s.after(Duration.ofMinutes(2)).plan();
    assertThat(s.actions(Action.RecreateSva.class)).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("HeartbeatMissing"));
    assertThat(s.memory.host("host-01").recreate().cause()).isEqualTo(RecreateCause.HeartbeatMissing);
  }

  @Test
  void warningIsReportedButNeverReCreated() {
    Scenario s = Scenario.converged("esx-01");
    s.world.setService("esx-01", ServiceStatus.WARNING, s.now, "not ready for inspection");
    s.plan();
    s.after(Duration.ofHours(1)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.WaitingForService);
    assertThat(s.row("esx-01").reason()).isEqualTo("ServiceWarning");
    assertThat(s.last.condition(Condition.SERVICE_HEALTHY).isTrue()).isFalse();
  }

  @Test
  void withoutAPartnerManagerEamsHeartbeatIsTheFloor() {
    Scenario s = Scenario.converged("esx-01");
    s.partnerConfigured = false;
    s.world.registrations.clear();
    s.plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Ready);
    assertThat(s.last.condition(Condition.PARTNER_REGISTERED).reason()).isEqualTo("NoPartnerManager");
    assertThat(s.last.actions()).isEmpty();

    s.world.agent("esx-01").heartbeat = false;
    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.WaitingForService);
    assertThat(s.row("esx-01").service()).isEqualTo(ServiceStatus.DOWN);
    assertThat(s.last.actions()).isEmpty();

    s.after(Duration.ofMinutes(3)).plan();
    assertThat(s.actions(Action.RecreateSva.class)).hasSize(1);
    assertThat(s.actions(Action.DeregisterSva.class)).isEmpty();
  }

  @Test
  void withAnUnreachablePartnerEamsHeartbeatDecidesAndNothingIsRegistered() {
    Scenario s = Scenario.converged("esx-01");
    s.world.partnerReachable = false;
    s.after(Duration.ofHours(1)).plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").reason()).isEqualTo("PartnerUnreachable");
    assertThat(s.last.condition(Condition.PARTNER_REGISTERED).status().name()).isEqualTo("Unknown");
  }
}
