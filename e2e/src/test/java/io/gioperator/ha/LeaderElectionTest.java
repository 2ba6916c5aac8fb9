package io.gioperator.ha;

import io.gioperator.e2e.lab.RepoRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.OperatorProcess;
import io.gioperator.ops.OpsLab;
import io.gioperator.ops.PromText;
import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.eam.AgencySnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two operator processes with leader election (GI_LEADER_ELECTION=true, as the Helm chart runs two replicas) on
 * one Kubernetes API: only the Lease holder touches vSphere; when it is killed in the middle of a rollout
 * (SIGKILL: no chance to release the Lease) the other one takes the Lease once it expires and finishes the
 * rollout, without a second agency or a duplicate service VM.
 */
class LeaderElectionTest {

  private static final String LEASE = "gi-operator-leader";
  private static final int HOSTS = 4;
  private static final Map<String, String> LEADER_ELECTION = Map.of(
      "GI_LEADER_ELECTION", "true", "GI_LEASE_NAME", LEASE, "GI_LEASE_NAMESPACE", OpsLab.NAMESPACE);

  @Test
  void theFollowerTakesOverAKilledLeaderMidRolloutWithoutDuplicates() throws Exception {
    try (OpsLab lab = OpsLab.start("ha", HOSTS, LeaseAwareKubernetes.start(RepoRoot.crds()));
        OperatorProcess a = lab.startOperator("operator-a", LEADER_ELECTION)) {
      Await.until("operator-a holds the Lease", Duration.ofSeconds(60), () -> "operator-a".equals(holder(lab)));
      try (OperatorProcess b = lab.startOperator("operator-b", LEADER_ELECTION)) {
        lab.applyExamples();
        Await.until("the rollout under way (agency created, not Ready yet)", Duration.ofSeconds(90),
            () -> !ourAgencies(lab.sim().audit()).isEmpty(), lab::giStatus);
        assertThat(lab.giReady()).as("killed mid-rollout").isFalse();

        // The follower has made no vSphere call at all (its client counts every attempt) and holds no session.
        assertThat(vsphereCalls(b)).as("vSphere calls of the follower before the takeover").isZero();
        assertThat(metric(b, "vsphere_sessions_live")).as("sessions of the follower").isZero();
        assertThat(vsphereCalls(a)).as("vSphere calls of the leader").isPositive();
        assertThat(holder(lab)).isEqualTo("operator-a");

        a.kill();
        Await.until("operator-b holds the Lease", Duration.ofSeconds(60), () -> "operator-b".equals(holder(lab)));
        Await.until("Ready after the takeover", Duration.ofSeconds(150), lab::giReady, lab::giStatus);

        assertThat(vsphereCalls(b)).as("vSphere calls of the new leader").isPositive();
        assertThat(b.log()).doesNotContain("CreateAgency:");
        assertReadableTextLog(a.log(), "CreateAgency:");
        assertReadableTextLog(b.log(), "RegisterSva:");
        assertNoDuplicates(lab.sim().audit());
        assertThat(lease(lab).getSpec().getLeaseTransitions()).isPositive();
      }
    }
  }

  private static void assertNoDuplicates(Audit audit) {
    List<AgencySnapshot> ours = ourAgencies(audit);
    assertThat(ours).as("agencies of the operator, destroyed ones included").hasSize(1);
    AgencySnapshot agency = ours.get(0);
    assertThat(agency.destroyed()).isFalse();
    assertThat(agency.agents()).hasSize(HOSTS);
    List<String> ourIds = ours.stream().map(AgencySnapshot::id).toList();
    List<Audit.VmEntry> svas = audit.vms().stream().filter(v -> ourIds.contains(v.ownerAgency())).toList();
    assertThat(svas).as("agent VMs").hasSize(HOSTS).allSatisfy(v -> assertThat(v.ownerAgency())
        .isEqualTo(agency.id()));
    assertThat(svas.stream().map(Audit.VmEntry::host).distinct()).as("one SVA per host").hasSize(HOSTS);
    assertThat(audit.partnerRegistrations()).as("one registration per SVA").hasSize(HOSTS);
  }

  /**
   * GI_LOG_FORMAT=text (the default outside the container): time, level, logger, then {@code [namespace/name]} of
   * the resource for lines about one, and no JSON.
   */
  private static void assertReadableTextLog(String log, String action) {
    assertThat(log.lines()).noneMatch(line -> line.startsWith("{"));
    assertThat(log.lines()).anyMatch(line -> line.matches(
        "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO +\\S+ \\[" + OpsLab.NAMESPACE + "/" + OpsLab.GI + "\\] - "
            + action + ".*"));
  }

  /** The operator's agencies (vSphere's own vCLS agency is left out); the operator names them gi-operator/... */
  private static List<AgencySnapshot> ourAgencies(Audit audit) {
    return audit.agencies().stream().filter(a -> a.agencyName().startsWith("gi-operator/")).toList();
  }

  private static double vsphereCalls(OperatorProcess operator) {
    return metric(operator, "vsphere_requests_seconds_count");
  }

  /** The sum of a metric's samples on an operator's /metrics (0 when absent). */
  private static double metric(OperatorProcess operator, String name) {
    return PromText.parse(operator.metrics()).stream()
        .filter(s -> s.name().equals(name)).mapToDouble(PromText.Sample::value).sum();
  }

  private static Lease lease(OpsLab lab) {
    return lab.kube().client().leases().inNamespace(OpsLab.NAMESPACE).withName(LEASE).get();
  }

  private static String holder(OpsLab lab) {
    Lease lease = lease(lab);
    return lease == null || lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
  }
}
