package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.CompatibilityMatrix;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.EsxiRule;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.IncompatiblePolicy;
import io.gioperator.reconcile.model.PowerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 1: the matrix is checked before anything, and incompatible hosts get nothing. */
class CompatibilityGateTest {

  private Scenario clusterWithOneOldHost(IncompatiblePolicy policy) {
    Scenario s = new Scenario();
    s.matrix = new CompatibilityMatrix(List.of(EsxiRule.of("8.0.*")), List.of("8.0.*"), policy);
    s.world.agencyPresent = false;
    s.world.host("esx-01");
    s.world.host("esx-02");
    s.world.host("esx-03").version("7.0.3", "21424296");
    return s;
  }

  @Test
  void skipPolicyLeavesIncompatibleHostVersionsOutOfTheAgency() {
    Scenario s = clusterWithOneOldHost(IncompatiblePolicy.Skip);
    s.plan();

    assertThat(s.actions(Action.CreateAgency.class)).singleElement()
        .satisfies(create -> assertThat(create.spec().hostVersions()).containsExactly("8.0.2"));
    Condition compatible = s.last.condition(Condition.COMPATIBLE);
    assertThat(compatible.isTrue()).isFalse();
    assertThat(compatible.reason()).isEqualTo("IncompatibleHosts");
    assertThat(compatible.message()).contains("esx-03: 7.0.3 build 21424296").contains("policy Skip");
    assertThat(s.row("esx-03").step()).isEqualTo(HostStep.Incompatible);
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Pending);
  }

  @Test
  void incompatibleHostIsNeverActedOnEvenWithABrokenSva() {
    Scenario s = Scenario.converged("esx-01", "esx-03");
    s.world.host("esx-03").version("7.0.3", "21424296");
    s.world.agent("esx-03").power = PowerState.POWERED_OFF;
    s.world.agent("esx-03").issue(7, "VmPoweredOff", "Agent VM is expected to be powered on");
    s.plan();

    assertThat(s.last.actions()).noneMatch(a -> a instanceof Action.RecreateSva || a instanceof Action.ResolveIssues);
    assertThat(s.row("esx-03").step()).isEqualTo(HostStep.Incompatible);
    assertThat(s.last.condition(Condition.READY).isTrue()).as("esx-03 is out of scope").isTrue();
    assertThat(s.last.counts().incompatible()).isEqualTo(1);
  }

  @Test
  void buildBoundsAreInclusiveAndCheckedPerRule() {
    Scenario s = new Scenario();
    s.matrix = new CompatibilityMatrix(List.of(new EsxiRule("8.0.2", 22380479L, 22380479L), EsxiRule.of("8.0.3")),
        List.of(), IncompatiblePolicy.Skip);
    s.world.agencyPresent = false;
    s.world.host("esx-01");
    s.world.host("esx-02").version("8.0.3", "24022510");
    s.world.host("esx-04").version("8.0.1", "21495797");
    s.plan();

    assertThat(s.row("esx-01").step()).isNotEqualTo(HostStep.Incompatible);
    assertThat(s.row("esx-02").step()).isNotEqualTo(HostStep.Incompatible);
    assertThat(s.row("esx-04").step()).isEqualTo(HostStep.Incompatible);
    assertThat(s.actions(Action.CreateAgency.class).get(0).spec().hostVersions()).containsExactly("8.0.2", "8.0.3");
  }

  @Test
  void aVersionSharedWithAnIncompatibleBuildIsLeftOutForAllItsHosts() {
    Scenario s = new Scenario();
    s.matrix = new CompatibilityMatrix(List.of(new EsxiRule("8.0.*", 22000000L, null)), List.of(), IncompatiblePolicy.Skip);
    s.world.agencyPresent = false;
    s.world.host("esx-01");                                  // 8.0.2 build 22380479: ok
    s.world.host("esx-02").version("8.0.2", "21203435");     // 8.0.2, build too old
    s.world.host("esx-03").version("8.0.3", "24022510");     // ok
    s.plan();

    assertThat(s.actions(Action.CreateAgency.class).get(0).spec().hostVersions())
        .as("EAM matches on version only: 8.0.2 would reach esx-02 too").containsExactly("8.0.3");
    assertThat(s.row("esx-01").step()).isEqualTo(HostStep.Incompatible);
    assertThat(s.row("esx-01").reason()).isEqualTo("VersionSharedWithIncompatibleHost");
    assertThat(s.row("esx-02").reason()).isEqualTo("IncompatibleVersion");
    assertThat(s.row("esx-03").step()).isEqualTo(HostStep.Pending);
  }

  @Test
  void blockClusterPolicyStopsEveryActionButKeepsReporting() {
    Scenario s = clusterWithOneOldHost(IncompatiblePolicy.BlockCluster);
    s.plan();

    assertThat(s.last.actions()).isEmpty();
    assertThat(s.last.condition(Condition.STALLED).isTrue()).isTrue();
    assertThat(s.last.condition(Condition.STALLED).reason()).isEqualTo("ClusterBlocked");
    assertThat(s.last.condition(Condition.READY).reason()).isEqualTo("ClusterBlocked");
    assertThat(s.last.condition(Condition.COMPATIBLE).message()).contains("esx-03: 7.0.3 build 21424296", "BlockCluster");
    assertThat(s.last.hosts()).hasSize(3);
  }

  @Test
  void blockClusterPolicyAlsoStopsReCreationsOnCompatibleHosts() {
    Scenario s = Scenario.converged("esx-01", "esx-03");
    s.matrix = new CompatibilityMatrix(List.of(EsxiRule.of("8.0.*")), List.of(), IncompatiblePolicy.BlockCluster);
    s.world.host("esx-03").version("7.0.3", "21424296");
    s.world.agent("esx-01").power = PowerState.POWERED_OFF;
    s.world.agent("esx-01").issue(3, "VmPoweredOff", "Agent VM is expected to be powered on");
    s.plan();

    assertThat(s.last.actions()).isEmpty();
    assertThat(s.row("esx-01").message()).contains("not acting");
    assertThat(s.memory.host("host-01").recreate()).isNull();
  }

  @Test
  void anIncompatibleVCenterBlocksEverything() {
    Scenario s = new Scenario();
    s.world.agencyPresent = false;
    s.world.vcenterVersion = "7.0.3";
    s.world.vcenterBuild = "21477706";
    s.world.host("esx-01");
    s.plan();

    assertThat(s.last.actions()).isEmpty();
    Condition compatible = s.last.condition(Condition.COMPATIBLE);
    assertThat(compatible.reason()).isEqualTo("IncompatibleVCenter");
    assertThat(compatible.message()).contains("vCenter 7.0.3 build 21477706", "8.0.*");
    assertThat(s.last.condition(Condition.STALLED).reason()).isEqualTo("IncompatibleVCenter");
  }

  @Test
  void anEmptyMatrixConstrainsNothing() {
    Scenario s = new Scenario();
    s.matrix = CompatibilityMatrix.any();
    s.world.agencyPresent = false;
    s.world.vcenterVersion = "6.7.0";
    s.world.host("esx-01").version("6.7.0", "1");
    s.plan();

    assertThat(s.last.condition(Condition.COMPATIBLE).isTrue()).isTrue();
    assertThat(s.actions(Action.CreateAgency.class)).hasSize(1);
  }

  @Test
  void noCompatibleHostMeansNoAgencyIsCreated() {
    Scenario s = new Scenario();
    s.world.agencyPresent = false;
    s.world.host("esx-01").version("7.0.3", "21424296");
    s.plan();

    assertThat(s.actions(Action.CreateAgency.class)).isEmpty();
    assertThat(s.last.condition(Condition.AGENCY_READY).reason()).isEqualTo("NoCompatibleHosts");
    assertThat(s.last.condition(Condition.READY).isTrue()).isFalse();
  }
}
