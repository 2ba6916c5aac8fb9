package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.HostStatus;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The partner watch: a service the solution manager reports DOWN while nothing changes in vCenter shows in the
 * GuestIntrospection's status well before the steady poll (10 minutes here); a steady cluster whose
 * registrations do not change is not reconciled by the watch's polls; a deleted one is no longer polled.
 */
class PartnerWatchTest {

  private static final String GI = "cluster-01";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void aServiceSetDownAtThePartnerIsReflectedWithoutWaitingForTheSteadyPoll() {
    // Reconciles that follow Ready (a vCenter watch reopening looks once more) would see the fault on their own.
    Await.until(GiHarness.WAIT, "no reconcile for 2 s", this::settled, () -> h.describe(GI));
    HostStatus victim = h.hosts(GI).get(0);
    String vm = victim.getSva().getVmMoref();
    assertThat(victim.getPartner().getServiceStatus()).isEqualTo("UP");

    h.sim.control().scannerFailed(vm, true); // the partner only: vCenter and EAM see nothing

    Await.until(GiHarness.WAIT, victim.getName() + " reported DOWN", () -> "DOWN".equals(service(victim.getName()))
        && !h.isTrue(GI, "Ready"), () -> h.describe(GI));
    assertThat(h.condition(GI, "Ready").getMessage()).contains(victim.getName());
    assertThat(h.metric("gi_partner_service_hosts", Map.of("name", GI, "status", "DOWN"))).isEqualTo(1.0);
    assertThat(h.metric("gi_partner_watch_triggers_total", Map.of("name", GI, "change", "ServiceStatus")))
        .as("the watch, not a steady poll, noticed it").isGreaterThanOrEqualTo(1.0);
    assertThat(h.metric("gi_partner_watch_triggers_total", Map.of("name", GI, "change", "Heartbeat")))
        .as("registered at 0 for every change").isZero();
    assertThat(h.metric("partner_requests_seconds_count", Map.of("operation", "list", "outcome", "success")))
        .as("the watch's and the reconciles' list calls").isPositive();
    assertThat(h.metric("partner_requests_seconds_count", Map.of("operation", "register", "outcome", "success")))
        .as("one registration per host").isGreaterThanOrEqualTo(2.0);
    assertThat(h.metric("partner_requests_seconds_count", Map.of("operation", "about", "outcome", "success")))
        .as("the PartnerSolution's check").isPositive();

    h.sim.control().scannerFailed(vm, false);

    Await.until(GiHarness.WAIT, victim.getName() + " UP again", () -> "UP".equals(service(victim.getName()))
        && h.isTrue(GI, "Ready"), () -> h.describe(GI));
  }

  @Test
  void pollsThatSeeNothingNewDoNotReconcile() {
    // A stretch of five partner polls without a single reconcile of the Ready cluster: a watch that triggered on
    // every poll (a heartbeat moving on, say) would never allow one.
    Await.until(GiHarness.WAIT, "five quiet polls in a row", this::fiveQuietPolls, () -> h.describe(GI));
    assertThat(h.isTrue(GI, "Ready")).isTrue();
  }

  private boolean fiveQuietPolls() {
    double reconciles = reconciles();
    long polls = h.sim.counters().get("partner", "listSvas");
    long deadline = System.nanoTime() + GiHarness.WAIT.toNanos() / 4;
    while (h.sim.counters().get("partner", "listSvas") < polls + 5) {
      if (reconciles() != reconciles || System.nanoTime() > deadline) {
        return false;
      }
      sleep();
    }
    return reconciles() == reconciles;
  }

  @Test
  void deletingTheGuestIntrospectionStopsPollingItsManager() {
    Await.until(GiHarness.WAIT, "the partner watch polling", () -> pollers() == 1, () -> h.describe(GI));

    h.client().resource(h.gi(GI)).delete();

    Await.until(GiHarness.WAIT, GI + " deleted", () -> h.gi(GI) == null, () -> h.describe(GI));
    Await.until(GiHarness.WAIT, "no partner watch", () -> pollers() == 0, () -> h.describe(GI));
  }

  /** The partner watch threads polling this test's solution manager (the operator runs in this JVM). */
  private long pollers() {
    String name = "gi-partner-watch-" + h.sim.partnerUrl().replaceFirst("/$", "");
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith(name)).count();
  }

  /** No reconcile started for 2 s: longer than any converging or retry pause of the harness. */
  private boolean settled() {
    double before = reconciles();
    long end = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < end) {
      sleep();
    }
    return reconciles() == before;
  }

  private double reconciles() {
    return h.metric("reconciliations_started_total", Map.of("controller_name", "guestintrospection"));
  }

  private String service(String host) {
    return h.hosts(GI).stream().filter(x -> x.getName().equals(host)).findFirst()
        .map(x -> x.getPartner() == null ? null : x.getPartner().getServiceStatus()).orElse(null);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
