package io.gioperator.reconcile.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.partner.PartnerClient;
import io.gioperator.partner.PartnerClientConfig;
import io.gioperator.partner.SvaRegistrationRequest;
import io.gioperator.reconcile.gi.ReconcileSettings;
import io.gioperator.reconcile.observe.ClusterObserver;
import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.SimulatorConfig;
import io.gioperator.simulator.core.Timings;
import io.gioperator.vsphere.tls.TlsTrust;
import io.gioperator.vsphere.types.MoRef;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The partner watch against the simulator's solution manager over HTTPS: polls that see nothing new trigger
 * nothing, a registration appearing and the manager going down each trigger one reconcile, and untracking the
 * last resource stops the poller. It never talks to vCenter.
 */
class PartnerWatchersTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final ResourceID GI = new ResourceID("gi-1", "gi-test");
  private static final MoRef CLUSTER = new MoRef("ClusterComputeResource", "domain-c8");

  private Simulator sim;
  private PartnerClient client;
  private PartnerWatchers watchers;
  private final List<ResourceID> triggered = new CopyOnWriteArrayList<>();
  private final List<PartnerChange> noticed = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    // The service of an unknown VM stays UNKNOWN for an hour: the only changes are the ones the test makes.
    sim = Simulator.start(SimulatorConfig.builder().size(1, 2)
        .timings(Timings.fast().withHeartbeat(Duration.ofMillis(20), Duration.ofMinutes(30), Duration.ofHours(1)))
        .build());
    URI url = URI.create(sim.partnerUrl());
    client = new PartnerClient(PartnerClientConfig.of(url, sim.partnerToken(), TlsTrust.pinned(sim.thumbprint()))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    watchers = new PartnerWatchers(this::triggered, POLL, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    watchers.close();
    sim.close();
  }

  @Test
  void triggersOncePerChangeAndNeverWhenNothingChanged() {
    watchers.track(GI, target(), ClusterObserver.partnerView(client, CLUSTER), Instant.now());

    awaitPolls(3);
    assertThat(triggered).as("nothing changed since the reconcile").isEmpty();

    client.register(new SvaRegistrationRequest(CLUSTER.value(), "Cluster-01", "host-12", "esx-01.lab", "vm-101",
        "GI-SVA (1)", "10.0.0.5", "20.0.1", "7.0.3"));
    await("a trigger for the new registration", () -> triggered.size() == 1);
    awaitPolls(3);
    assertThat(triggered).as("the registration is seen once").containsExactly(GI);

    sim.control().partnerDown(true);
    await("a trigger for the manager going down", () -> triggered.size() == 2);
    awaitPolls(3);
    assertThat(triggered).as("a manager that stays down is seen once").hasSize(2);
    assertThat(noticed).as("what each trigger was for (the metric's change label)")
        .containsExactly(PartnerChange.REGISTRATIONS, PartnerChange.REACHABILITY);
  }

  @Test
  void aReconcilesObservationIsTheNewBaseline() {
    watchers.track(GI, target(), ClusterObserver.partnerView(client, CLUSTER), Instant.now());
    client.register(new SvaRegistrationRequest(CLUSTER.value(), "Cluster-01", "host-12", "esx-01.lab", "vm-101",
        "GI-SVA (1)", "10.0.0.5", "20.0.1", "7.0.3"));
    await("a trigger for the new registration", () -> triggered.size() == 1);

    // The reconcile it caused tracks what it saw: the next polls have nothing new to report.
    watchers.track(GI, target(), ClusterObserver.partnerView(client, CLUSTER), Instant.now());
    awaitPolls(3);
    assertThat(triggered).hasSize(1);
  }

  @Test
  void untrackingTheLastResourceStopsPollingTheManager() {
    watchers.track(GI, target(), ClusterObserver.partnerView(client, CLUSTER), Instant.now());
    assertThat(watchers.endpoints()).containsExactly(PartnerWatchTarget.endpoint(URI.create(sim.partnerUrl())));
    awaitPolls(1);

    assertThat(pollerThreads()).as("one thread for the manager").hasSize(1);

    watchers.untrack(GI);

    assertThat(watchers.endpoints()).isEmpty();
    await("the poller thread to end", () -> pollerThreads().isEmpty());
  }

  private List<Thread> pollerThreads() {
    String name = "gi-partner-watch-" + PartnerWatchTarget.endpoint(URI.create(sim.partnerUrl()));
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name) && t.isAlive()).toList();
  }

  @Test
  void aZeroIntervalIsTheWatchSwitchedOff() {
    watchers.close();
    watchers = new PartnerWatchers(this::triggered, ReconcileSettings.PARTNER_WATCH_OFF, Clock.systemUTC());
    long listed = sim.counters().get("partner", "listSvas");

    watchers.track(GI, target(), ClusterObserver.partnerView(client, CLUSTER), Instant.now());
    sim.control().partnerDown(true);

    assertThat(watchers.enabled()).isFalse();
    assertThat(watchers.endpoints()).as("nothing tracked").isEmpty();
    assertThat(pollerThreads()).as("no thread started").isEmpty();
    assertThat(sim.counters().get("partner", "listSvas")).as("only the test's own read").isEqualTo(listed + 1);
    assertThat(triggered).isEmpty();
  }

  @Test
  void theEndpointNeverCarriesUserInformation() {
    assertThat(PartnerWatchTarget.endpoint(URI.create("https://user:secret@dsm.lab:4119/api/")))
        .isEqualTo("https://dsm.lab:4119/api/");
  }

  private void triggered(ResourceID id, PartnerChange change) {
    noticed.add(change);
    triggered.add(id);
  }

  private PartnerWatchTarget target() {
    return PartnerWatchTarget.of(URI.create(sim.partnerUrl()), client, CLUSTER, Duration.ofMinutes(1));
  }

  /** Waits until the watch listed the registrations {@code n} more times. */
  private void awaitPolls(int n) {
    long start = sim.counters().get("partner", "listSvas");
    await(n + " polls", () -> sim.counters().get("partner", "listSvas") >= start + n);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
