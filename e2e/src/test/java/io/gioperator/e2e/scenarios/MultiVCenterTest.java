package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.VCenterConditions;
import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.PromText;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.control.Audit;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Several clusters and several vCenters at once, and a credential rotation. */
class MultiVCenterTest extends ScenarioBase {

  static final int HOSTS = 2;

  @BeforeAll
  static void start() {
    startEnvironment(MultiVCenterTest.class, E2eEnvironment.simulator(3, HOSTS).build(),
        E2eEnvironment.simulator(1, HOSTS).seed(2).build());
  }

  @Test
  void twoClustersOfOneVCenterAndAThirdOnASecondVCenterAreReadyIndependently() {
    Tenant first = tenant("gi-multi", 1).apply();
    String secondName = first.addGuestIntrospection(2);
    Tenant other = tenant("gi-second", 1, 1).apply();

    first.awaitReady(HOSTS);
    other.awaitReady(HOSTS);
    Await.until(secondName + " Ready", Tenant.READY_TIMEOUT,
        () -> Tenant.condition(first.gi(secondName), "Ready").map(c -> c.getStatus() == ConditionStatus.TRUE)
            .orElse(false), first::diagnostic);

    Audit one = env.sim(0).audit();
    Audit two = env.sim(1).audit();
    assertThat(one.agencies()).filteredOn(a -> a.agencyName().startsWith("gi-operator/gi-multi/"))
        .extracting(a -> a.agencyName())
        .containsExactlyInAnyOrder("gi-operator/gi-multi/cluster-01", "gi-operator/gi-multi/" + secondName);
    assertThat(two.agencies()).filteredOn(a -> a.agencyName().startsWith("gi-operator/"))
        .extracting(a -> a.agencyName()).containsExactly("gi-operator/gi-second/cluster-01");
    assertThat(one.partnerRegistrations()).hasSize(2 * HOSTS);
    assertThat(two.partnerRegistrations()).hasSize(HOSTS);
    // One VCenter object, one shared session for both of its GuestIntrospections.
    assertThat(one.sessions()).hasSize(1);
    assertThat(two.sessions()).hasSize(1);
    String metrics = env.operator().metrics();
    assertThat(PromText.value(metrics, "gi_vcenter_connected", Map.of("namespace", "gi-multi"))).isEqualTo(1);
    assertThat(PromText.value(metrics, "gi_vcenter_connected", Map.of("namespace", "gi-second"))).isEqualTo(1);
    assertThat(PromText.value(metrics, "gi_guestintrospection_ready", Map.of("namespace", "gi-multi"))).isEqualTo(2);
  }

  /**
   * The simulator has one fixed password, so the rotation is tested as: the Secret rotated to a value vCenter
   * refuses (and the session ended, as a password change on vCenter does) → a clear condition, nothing removed;
   * then rotated to the value vCenter accepts → Ready again, without restarting the operator.
   *
   * <p>Unlike a real rotation, the old password keeps working here: a reconcile that read the Secret just before
   * the change may still log in with it once. So the fault (an SVA powered off) is injected only after the
   * VCenter and the GuestIntrospection have both failed to log in with the new value, and "nothing removed" is
   * checked after a later reconcile failed too.
   */
  @Test
  void aRotatedPasswordIsPickedUpFromTheSecretWithoutARestart() {
    Tenant t = tenant("gi-rotate", 3).apply();
    t.awaitReady(HOSTS);
    String agency = t.sim().audit().agency(t.agencyName()).id();
    String wrong = "Rotated-but-not-on-vCenter-42";

    t.setSecretKey("vcenter-credentials", "password", wrong);
    try {
      t.sim().control().expireSessions();
      Condition connected = t.awaitCondition("VCenterConnected", ConditionStatus.FALSE, c -> true,
          Duration.ofSeconds(90));
      assertThat(connected.getReason()).isEqualTo("InvalidCredentials");
      Await.until("the VCenter refused with the new password", Duration.ofSeconds(90),
          () -> vcenterReady(t).map(c -> c.getStatus() == ConditionStatus.FALSE
              && VCenterConditions.REASON_AUTHENTICATION_FAILED.equals(c.getReason())).orElse(false),
          t::diagnostic);

      // Something that needs vCenter: the operator has to log in with what the Secret says now, and cannot.
      String vm = t.gi().getStatus().getHosts().get(0).getSva().getVmMoref();
      t.sim().control().powerOffVm(vm);
      double failures = invalidCredentialFailures(t);
      Await.until("another reconcile refused by vCenter", Duration.ofSeconds(90),
          () -> invalidCredentialFailures(t) >= failures + 2, t::diagnostic);
      assertThat(t.sim().audit().vmsOwnedBy(agency)).as("nothing removed while the credentials are wrong")
          .hasSize(HOSTS);
    } finally {
      t.setSecretKey("vcenter-credentials", "password", E2eEnvironment.PASSWORD); // also lets cleanup proceed
    }
    t.awaitReady(HOSTS, Duration.ofSeconds(120));
    assertThat(env.operator().log()).doesNotContain(wrong).doesNotContain(E2eEnvironment.PASSWORD);
    assertThat(t.events()).noneMatch(e -> String.valueOf(e.getMessage()).contains(wrong));
  }

  private static Optional<Condition> vcenterReady(Tenant t) {
    var vc = t.vcenter();
    return vc == null || vc.getStatus() == null || vc.getStatus().getConditions() == null ? Optional.empty()
        : vc.getStatus().getConditions().stream().filter(c -> VCenterConditions.READY.equals(c.getType()))
            .findFirst();
  }

  private double invalidCredentialFailures(Tenant t) {
    return PromText.value(env.operator().metrics(), "gi_reconcile_failures_total",
        Map.of("namespace", t.namespace(), "name", t.name(), "reason", "InvalidCredentials"));
  }
}
