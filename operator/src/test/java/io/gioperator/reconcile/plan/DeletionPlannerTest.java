package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.DeletionPhase;
import io.gioperator.reconcile.model.DeletionPlan;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.GoalState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 9: Deregister all → Uninstall → wait for uninstalled + green + no agents → DestroyAgency → done. */
class DeletionPlannerTest {

  @Test
  void deletesInOrderOneObservedStepAtATime() {
    Scenario s = Scenario.converged("esx-01", "esx-02");
    s.plan();

    DeletionPlan plan = s.planDeletion();
    assertThat(plan.phase()).isEqualTo(DeletionPhase.DeregisteringSvas);
    assertThat(plan.actions()).hasSize(2).allMatch(a -> a instanceof Action.DeregisterSva);
    assertThat(plan.done()).isFalse();

    s.world.registrations.clear();
    plan = s.after(Duration.ofSeconds(5)).planDeletion();
    assertThat(plan.phase()).isEqualTo(DeletionPhase.Uninstalling);
    assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(Action.UninstallAgency.class,
        u -> assertThat(u.agencyRef()).isEqualTo("agency-1"));

    s.world.goal = GoalState.UNINSTALLED;
    s.world.agencyStatus = EamStatus.YELLOW;
    s.world.agent("esx-01").issue(9, "VibNotInstalled", "VIB removal did not happen");
    s.world.agent("esx-02").issue(10, "ManagedHostNotReachable", "host esx-02 is not reachable");
    plan = s.after(Duration.ofSeconds(5)).planDeletion();
    assertThat(plan.phase()).isEqualTo(DeletionPhase.WaitingForUninstall);
    assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(Action.ResolveIssues.class,
        r -> assertThat(r.issueKeys()).containsExactly(9));
    assertThat(plan.message()).contains("2 agent(s) left", "host esx-02 is not reachable");

    plan = s.after(Duration.ofSeconds(5)).planDeletion();
    assertThat(plan.actions()).as("not re-resolved within the retry interval").isEmpty();

    s.world.agencyStatus = EamStatus.GREEN;
    plan = s.after(Duration.ofSeconds(5)).planDeletion();
    assertThat(plan.phase()).as("an agent still has issues").isEqualTo(DeletionPhase.WaitingForUninstall);

    s.world.host("esx-01").agent = null;
    s.world.host("esx-02").agent = null;
    plan = s.after(Duration.ofSeconds(5)).planDeletion();
    assertThat(plan.phase()).isEqualTo(DeletionPhase.DestroyingAgency);
    assertThat(plan.actions()).singleElement().isInstanceOf(Action.DestroyAgency.class);

    s.world.agencyPresent = false;
    plan = s.after(Duration.ofSeconds(5)).planDeletion();
    assertThat(plan.phase()).isEqualTo(DeletionPhase.Done);
    assertThat(plan.done()).isTrue();
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.memory().agencyRef()).isNull();
    assertThat(plan.conditions()).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo(Condition.RECONCILING);
      assertThat(c.isTrue()).isFalse();
    });
  }

  @Test
  void anUnreachablePartnerHoldsTheDeletionBeforeTheAgencyIsTouched() {
    Scenario s = Scenario.converged("esx-01");
    s.world.partnerReachable = false;
    DeletionPlan plan = s.planDeletion();
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.phase()).isEqualTo(DeletionPhase.DeregisteringSvas);
    assertThat(plan.message()).contains("unreachable");
  }

  @Test
  void withoutAPartnerManagerDeletionStartsWithTheUninstall() {
    Scenario s = Scenario.converged("esx-01");
    s.partnerConfigured = false;
    assertThat(s.planDeletion().actions()).singleElement().isInstanceOf(Action.UninstallAgency.class);
  }

  @Test
  void pausedHoldsTheDeletion() {
    Scenario s = Scenario.converged("esx-01");
    s.paused = true;
    DeletionPlan plan = s.planDeletion();
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.phase()).isEqualTo(DeletionPhase.Paused);
    assertThat(plan.done()).isFalse();
  }

  @Test
  void anIncompatibleVCenterDoesNotBlockDeletion() {
    Scenario s = Scenario.converged("esx-01");
    s.world.vcenterVersion = "6.7.0";
    s.world.registrations.clear();
    assertThat(s.planDeletion().actions()).singleElement().isInstanceOf(Action.UninstallAgency.class);
  }

  @Test
  void reportsAnUnreachableVCenterWithoutActions() {
    DeletionPlan plan = DeletionPlanner.vCenterUnreachable(null, "connect timed out");
    assertThat(plan.phase()).isEqualTo(DeletionPhase.VCenterUnreachable);
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.done()).isFalse();
    assertThat(plan.message()).contains("connect timed out", "finalizer");
    assertThat(plan.conditions()).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo(Condition.READY);
      assertThat(c.reason()).isEqualTo("Deleting");
    });
  }
}
