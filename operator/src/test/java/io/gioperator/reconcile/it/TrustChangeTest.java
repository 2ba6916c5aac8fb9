package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.ConditionStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing a VCenter's TLS trust replaces its session while GuestIntrospection reconciles may be using it. That is
 * not a vCenter failure: the GuestIntrospection must not report the vCenter unreachable or its login wrong.
 */
class TrustChangeTest {

  private static final String GI = "cluster-01";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void aTrustChangeDuringAnObservationIsNotReportedAsAVCenterFailure() {
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);

    // Hold the GuestIntrospection's next EAM read (only its observation calls QueryAgency) long enough for the
    // VCenter controller to replace the session under it.
    h.sim.control().methodFault("eam", "QueryAgency", 4000, 0, null);
    long queries = h.sim.counters().get("eam", "QueryAgency");
    h.edit(GI, gi -> {
      gi.getSpec().getHealthPolicy().setServiceDownTimeout("2m");
      return gi;
    });
    Await.until(Duration.ofSeconds(30), "the observation to be in flight",
        () -> h.sim.counters().get("eam", "QueryAgency") > queries, () -> h.describe(GI));
    String sessionsBefore = h.vcenter().getStatus().getConditions().get(0).getLastTransitionTime();
    replaceTheSessionThroughATrustEdit();
    h.sim.control().clearMethodFaults();

    Await.until(Duration.ofSeconds(60), "the edited spec to be observed", () -> {
      var gi = h.gi(GI);
      return gi.getStatus() != null && gi.getStatus().getObservedGeneration() != null
          && gi.getStatus().getObservedGeneration().equals(gi.getMetadata().getGeneration())
          && h.isTrue(GI, "Ready");
    }, () -> h.describe(GI));
    assertThat(h.condition(GI, "VCenterConnected").getStatus()).isEqualTo(ConditionStatus.TRUE);
    assertThat(warnings()).as("the vCenter never failed").noneMatch(w -> w.startsWith("VCenterUnreachable")
        || w.startsWith("InvalidCredentials") || w.startsWith("CertificateNotTrusted"));
    assertThat(h.vcenter().getStatus().getConditions().get(0).getLastTransitionTime())
        .as("the VCenter stayed connected").isEqualTo(sessionsBefore);
  }

  @Test
  void aTrustChangeDuringAnActionIsNotReportedAsAFailureAndTheActionIsRepeated() {
    // Hold the agency's creation long enough for the VCenter controller to replace the session under it.
    h.sim.control().methodFault("eam", "CreateAgency", 4000, 0, null);
    h.create(h.newGi(GI, null));
    Await.until(Duration.ofSeconds(30), "CreateAgency to be in flight",
        () -> h.sim.counters().get("eam", "CreateAgency") > 0, () -> h.describe(GI));
    replaceTheSessionThroughATrustEdit();
    h.sim.control().clearMethodFaults();

    h.awaitReady(GI);
    assertThat(h.audit().agencies().stream().filter(a -> !a.destroyed()
        && a.agencyName().equals("gi-operator/" + GiHarness.NS + "/" + GI))).as("one agency").hasSize(1);
    assertThat(warnings()).as("the replaced session is not a failure").isEmpty();
    assertThat(h.metric("gi_reconcile_failures_total", java.util.Map.of("reason", "VCenterUnreachable")))
        .isZero();
  }

  /** The VCenter's trust changes (still valid): its controller logs in anew and the old session is logged out. */
  private void replaceTheSessionThroughATrustEdit() {
    h.editVCenter(vc -> {
      var tls = new io.gioperator.api.v1alpha1.TlsTrust();
      tls.setInsecure(true);
      vc.getSpec().setTls(tls);
      return vc;
    });
    Await.until(Duration.ofSeconds(30), "the old session to be logged out",
        () -> h.sim.counters().get("vim", "Logout") > 0, () -> h.describe(GI));
  }

  private List<String> warnings() {
    return h.events(GI).stream().filter(e -> "Warning".equals(e.getType()))
        .map(e -> e.getReason() + ": " + e.getMessage()).toList();
  }
}
