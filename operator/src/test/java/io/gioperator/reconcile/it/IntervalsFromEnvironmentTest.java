package io.gioperator.reconcile.it;

import io.gioperator.app.OperatorConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GI_STEADY_INTERVAL and GI_RETRY_INTERVAL reach the controllers the way OperatorMain wires them. With the
 * defaults (5m steady, 30s retry) none of these waits could be met: a VCenter or PartnerSolution would be checked
 * once or twice, and a failing GuestIntrospection retried at most twice, in the time allowed.
 */
class IntervalsFromEnvironmentTest {

  /** Re-checks that only a short interval can produce in {@link #WAIT}; creation itself accounts for up to two. */
  private static final int CHECKS = 5;
  private static final Duration WAIT = Duration.ofSeconds(25);
  private static GiHarness h;

  @BeforeAll
  static void start() throws Exception {
    h = GiHarness.startWithEnvironment(1, Map.of(
        OperatorConfig.CONVERGING_INTERVAL, "500ms",
        OperatorConfig.STEADY_INTERVAL, "1s",
        OperatorConfig.RETRY_INTERVAL, "1s"));
  }

  @AfterAll
  static void stop() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void theSteadyIntervalPacesTheVCenterAndPartnerSolutionReChecks() {
    h.createReferences();

    // Each VCenter check proves the session with CurrentTime; each PartnerSolution check asks the manager's about.
    Await.until(WAIT, CHECKS + " VCenter checks", () -> h.sim.counters().get("vim", "CurrentTime") >= CHECKS,
        () -> h.sim.counters().snapshot());
    Await.until(WAIT, CHECKS + " PartnerSolution checks", () -> h.sim.counters().get("partner", "about") >= CHECKS,
        () -> h.sim.counters().snapshot());
  }

  @Test
  void theRetryIntervalPacesAGuestIntrospectionWhoseObservationFails() {
    String name = "no-such-vcenter";
    var gi = h.newGi(name, null);
    gi.getSpec().getVcenterRef().setName("missing");
    h.create(gi);

    // The same Warning is one Event whose count grows with every failed attempt.
    Await.until(WAIT, CHECKS + " failed attempts", () -> warnings(name) >= CHECKS, () -> h.events(name));
  }

  private static int warnings(String name) {
    return h.events(name).stream().filter(e -> "Warning".equals(e.getType()))
        .mapToInt(e -> e.getCount() == null ? 1 : e.getCount()).sum();
  }
}
