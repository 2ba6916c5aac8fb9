package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.PartnerSolutionConditions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PartnerSolution status follows the solution manager through an outage and back. The harness polls a
 * healthy resource only every 10 minutes (the steady interval) and retries failures after half a second, so a
 * failed check that is re-checked on the steady schedule (or not at all) stays {@code SolutionManagerUnreachable}
 * well past the bounded waits below.
 */
class PartnerSolutionRecoveryTest {

  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(1);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void readyAgainOnceTheSolutionManagerIsBackAfterAnOutage() throws Exception {
    h.createReferences();
    awaitReady("Reachable");
    PartnerSolution reachable = partner();
    String lastContact = reachable.getStatus().getSolutionManager().getLastContactTime();

    // The manager goes down; the operator restarts meanwhile (a pod rescheduled during partner maintenance),
    // so its first check of the resource fails.
    h.sim.control().partnerDown(true);
    h.restartOperator();
    Condition down = awaitUnreachable();
    assertThat(down.getMessage()).contains("503");
    PartnerSolution unreachable = partner();
    assertThat(unreachable.getStatus().getSolutionManager().getProductName())
        .as("what the manager reported when it last answered is kept")
        .isEqualTo(reachable.getStatus().getSolutionManager().getProductName());
    assertThat(unreachable.getStatus().getSolutionManager().getLastContactTime()).isEqualTo(lastContact);
    assertThat(condition(unreachable, PartnerSolutionConditions.VALID).getStatus()).isEqualTo(ConditionStatus.TRUE);

    h.sim.control().partnerDown(false);
    Condition back = awaitReady("Reachable");
    PartnerSolution recovered = partner();
    assertThat(Instant.parse(back.getLastTransitionTime())).isAfter(Instant.parse(down.getLastTransitionTime()));
    assertThat(Instant.parse(recovered.getStatus().getSolutionManager().getLastContactTime()))
        .isAfter(Instant.parse(lastContact));
  }

  @Test
  void readyOnceTheSolutionManagerComesUpWhenTheFirstCheckFailed() {
    h.sim.control().partnerDown(true);
    h.createReferences();
    awaitUnreachable();
    assertThat(partner().getStatus().getSolutionManager())
        .as("nothing was ever reported by the manager").isNull();
    assertThat(h.metric("gi_partnersolution_ready", Map.of("name", GiHarness.PARTNER))).isZero();
    assertThat(h.metric("partner_requests_seconds_count", Map.of("operation", "about", "outcome", "transient")))
        .as("the failed checks, by outcome").isPositive();

    h.sim.control().partnerDown(false);
    awaitReady("Reachable");
    assertThat(partner().getStatus().getSolutionManager().getProductName()).isNotBlank();
    assertThat(h.metric("gi_partnersolution_ready", Map.of("name", GiHarness.PARTNER))).isEqualTo(1.0);
  }

  @Test
  void aMissingOvfPropertySecretMakesThePartnerSolutionInvalidUntilItIsBack() {
    h.createReferences();
    awaitReady("Reachable");
    var secret = h.client().secrets().inNamespace(GiHarness.NS).withName("dsva-ovf-properties").get();

    h.client().secrets().inNamespace(GiHarness.NS).withName("dsva-ovf-properties").delete();
    Await.until(GiHarness.WAIT, "Valid=False naming the OVF property Secret", () -> {
      Condition c = condition(partner(), PartnerSolutionConditions.VALID);
      return c != null && c.getStatus() == ConditionStatus.FALSE;
    }, this::describe);
    Condition invalid = condition(partner(), PartnerSolutionConditions.VALID);
    assertThat(invalid.getReason()).isEqualTo(PartnerSolutionConditions.REASON_SECRET_NOT_FOUND);
    assertThat(invalid.getMessage()).contains("dsva-ovf-properties").contains("dsm.token")
        .doesNotContain("activation-token-value");

    secret.getMetadata().setResourceVersion(null);
    h.client().resource(secret).create();
    awaitReady("Reachable");
    assertThat(condition(partner(), PartnerSolutionConditions.VALID).getStatus()).isEqualTo(ConditionStatus.TRUE);
  }

  private Condition awaitReady(String reason) {
    Await.until(GiHarness.WAIT, "PartnerSolution Ready=True/" + reason, () -> {
      Condition c = condition(partner(), PartnerSolutionConditions.READY);
      return c != null && c.getStatus() == ConditionStatus.TRUE && reason.equals(c.getReason());
    }, this::describe);
    return condition(partner(), PartnerSolutionConditions.READY);
  }

  private Condition awaitUnreachable() {
    Await.until(GiHarness.WAIT, "PartnerSolution Ready=False/SolutionManagerUnreachable", () -> {
      Condition c = condition(partner(), PartnerSolutionConditions.READY);
      return c != null && c.getStatus() == ConditionStatus.FALSE
          && PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNREACHABLE.equals(c.getReason());
    }, this::describe);
    return condition(partner(), PartnerSolutionConditions.READY);
  }

  private PartnerSolution partner() {
    return h.client().resources(PartnerSolution.class).inNamespace(GiHarness.NS).withName(GiHarness.PARTNER).get();
  }

  private static Condition condition(PartnerSolution ps, String type) {
    return ps == null || ps.getStatus() == null ? null : GiHarness.condition(ps.getStatus().getConditions(), type);
  }

  private Object describe() {
    PartnerSolution ps = partner();
    return ps == null ? "gone" : Serialization.asYaml(ps.getStatus());
  }
}
