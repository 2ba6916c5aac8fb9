package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.GoalState;
import io.gioperator.reconcile.model.Memory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 2: one agency per cluster, created, adopted, kept equal to the spec. */
class AgencyPlannerTest {

  @Test
  void adoptsAnExistingAgencyWithOurNameInsteadOfCreatingASecondOne() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agencyRef = "agency-77";
    assertThat(s.memory.agencyRef()).isNull();

    s.plan();

    assertThat(s.actions(Action.CreateAgency.class)).isEmpty();
    assertThat(s.memory.agencyRef()).isEqualTo("agency-77");
    assertThat(s.last.condition(Condition.AGENCY_READY).isTrue()).isTrue();
  }

  @Test
  void updatesWithTheFullConfigWhenItWasChangedInVCenter() {
    Scenario s = Scenario.converged("esx-01");
    AgencySpec edited = new AgencySpec("domain-c8", "https://elsewhere/old.ovf", s.ovfProperties,
        "https://repo.example/mux-bundle.zip", "thin", "gi-svm", List.of("datastore-15"), List.of("dvportgroup-21"),
        "group-v22", "datacenter-3", "resgroup-9", List.of("8.0.2"));
    s.world.agencyConfig = edited;
    s.plan();

    assertThat(s.actions(Action.UpdateAgency.class)).singleElement().satisfies(update -> {
      assertThat(update.agencyRef()).isEqualTo("agency-1");
      assertThat(update.spec().ovfUrl()).isEqualTo("https://repo.example/sva-4.2.0.ovf");
      assertThat(update.spec().ovfProperties()).isEqualTo(s.ovfProperties);
      assertThat(update.spec().hostVersions()).containsExactly("8.0.2");
      assertThat(update.reason()).contains("ovfUrl");
    });
    assertThat(s.last.condition(Condition.AGENCY_READY).reason()).isEqualTo("ConfigDrift");
    assertThat(s.last.condition(Condition.READY).isTrue()).isFalse();
  }

  @Test
  void aChangedSecretPropertyIsUpdatedWithoutPrintingIt() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agencyConfig = s.agencySpec().withHostVersions(List.of("8.0.2"));
    s.ovfProperties = Map.of("manager.address", "10.1.1.1", "manager.password", "rotated-secret");
    s.plan();

    assertThat(s.actions(Action.UpdateAgency.class)).singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("ovfProperties[manager.password]"));
    assertThat(s.everythingPrinted()).doesNotContain("rotated-secret").doesNotContain("s3cret-value");
  }

  @Test
  void repeatedUpdatesAreSpacedOutWhileEamStillShowsTheOldConfig() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agencyConfig = s.agencySpec().withHostVersions(List.of("8.0.1"));
    s.plan();
    assertThat(s.actions(Action.UpdateAgency.class)).hasSize(1);

    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.UpdateAgency.class)).as("just updated").isEmpty();
    assertThat(s.last.condition(Condition.AGENCY_READY).reason()).isEqualTo("ConfigDrift");

    s.after(Duration.ofMinutes(1)).plan();
    assertThat(s.actions(Action.UpdateAgency.class)).hasSize(1);
  }

  @Test
  void aHostWithANewVersionIsAddedToTheAgentConfig() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agencyConfig = s.agencySpec().withHostVersions(List.of("8.0.2"));
    s.world.host("esx-02").version("8.0.3", "24022510");
    s.plan();

    assertThat(s.actions(Action.UpdateAgency.class)).singleElement()
        .satisfies(u -> assertThat(u.spec().hostVersions()).containsExactly("8.0.2", "8.0.3"));
  }

  @Test
  void recreatesTheAgencyWhenItVanishedFromEam() {
    Scenario s = Scenario.converged("esx-01");
    s.memory = new Memory("agency-1", null, Map.of(), List.of(), List.of());
    s.world.agencyPresent = false;
    s.plan();

    assertThat(s.actions(Action.CreateAgency.class)).singleElement()
        .satisfies(c -> assertThat(c.reason()).contains("agency-1 no longer exists"));
    assertThat(s.memory.agencyRef()).isNull();
  }

  @Test
  void enablesAnAgencyDisabledOutsideTheOperator() {
    Scenario s = Scenario.converged("esx-01");
    s.world.goal = GoalState.DISABLED;
    s.plan();

    assertThat(s.actions(Action.EnableAgency.class)).hasSize(1);
    assertThat(s.last.condition(Condition.AGENCY_READY).reason()).isEqualTo("AgencyDisabled");
  }

  @Test
  void anAgencyUninstalledOutsideTheOperatorIsDestroyedOnceEamIsDoneAndThenCreatedAgain() {
    Scenario s = new Scenario();
    s.world.host("esx-01");
    s.world.agent("esx-01").running("vm-01", "10.0.0.1", Scenario.MUX_VERSION);
    s.world.goal = GoalState.UNINSTALLED;
    s.world.agencyStatus = EamStatus.YELLOW;
    s.plan();
    assertThat(s.last.actions()).isEmpty();
    assertThat(s.last.condition(Condition.AGENCY_READY).reason()).isEqualTo("AgencyUninstalled");

    s.world.host("esx-01").agent = null;
    s.world.agencyStatus = EamStatus.GREEN;
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.DestroyAgency.class)).singleElement()
        .satisfies(d -> assertThat(d.agencyRef()).isEqualTo("agency-1"));

    s.world.agencyPresent = false;
    s.after(Duration.ofSeconds(10)).plan();
    assertThat(s.actions(Action.CreateAgency.class)).hasSize(1);
  }

  @Test
  void safeAgencyLevelIssuesAreResolvedOnTheAgencyAndOthersReported() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agencyStatus = EamStatus.RED;
    s.world.agencyIssues.add(new io.gioperator.reconcile.model.EamIssue(31, "VibNotInstalled", "retry", null, null, null));
    s.world.agencyIssues.add(new io.gioperator.reconcile.model.EamIssue(32, "AgencyDisabled", "cluster domain-c8 is disabled", null, null, null));
    s.plan();

    assertThat(s.actions(Action.ResolveIssues.class)).singleElement().satisfies(r -> {
      assertThat(r.targetType().wireType()).isEqualTo("Agency");
      assertThat(r.issueKeys()).containsExactly(31);
    });
    assertThat(s.last.condition(Condition.AGENCY_READY).message()).contains("cluster domain-c8 is disabled");
  }
}
