package io.gioperator.reconcile.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.SimulatorConfig;
import io.gioperator.simulator.control.Audit;
import io.gioperator.vsphere.budget.CallBudgetConfig;
import io.gioperator.vsphere.objects.HostFacts;
import io.gioperator.vsphere.objects.VmFacts;
import io.gioperator.vsphere.session.VCenterConnection;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VCenterTarget;
import io.gioperator.vsphere.session.VSphereClientConfig;
import io.gioperator.vsphere.soap.TransportSettings;
import io.gioperator.vsphere.tls.TlsTrust;
import io.gioperator.vsphere.types.HostConnectionState;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.VmPowerState;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vCenter watcher against the simulator over HTTPS with the operator's real session pool: a watch that
 * fails is reopened, and when reopening keeps failing (a watched VM was deleted while no watch was open) the
 * watched resources are reconciled again, so their targets are refreshed and no change is lost; the retries
 * pause longer and longer instead of spinning.
 */
class VCenterWatcherReconnectTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration MAX_WAIT = Duration.ofSeconds(2);
  private static final ResourceID GI = new ResourceID("gi-1", "gi-test");
  private static final String VM_A = "app-01-01";
  private static final String VM_B = "app-01-02";
  private static final String HOST = "esx-01-01.lab.local";

  private Simulator sim;
  private VCenterSessionPool pool;
  private VCenterTarget target;
  private VCenterConnection conn;
  private MoRef cluster;
  private VCenterWatchers watchers;
  private ObservingReconciler reconciler;

  @BeforeEach
  void start() {
    sim = Simulator.start(SimulatorConfig.builder().size(1, 2).build());
    pool = new VCenterSessionPool(clientConfig(), new SimpleMeterRegistry());
    String base = sim.vcenterUrl().substring(0, sim.vcenterUrl().length() - "/sdk".length());
    target = new VCenterTarget(URI.create(base), sim.username(), sim.password(), TlsTrust.pinned(sim.thumbprint()));
    conn = pool.connect("test/vc", target);
    cluster = conn.inventory().findByInventoryPath("DC1/host/Cluster-01").orElseThrow();
  }

  @AfterEach
  void stop() {
    if (watchers != null) {
      watchers.close();
    }
    if (reconciler != null) {
      reconciler.close();
    }
    pool.close();
    sim.close();
  }

  @Test
  void aWatchedVmDeletedWhileNoWatchWasOpenNeitherEndsTheWatchNorHidesOtherChanges() {
    reconciler = new ObservingReconciler(pool, target, cluster, Set.of(VM_A, VM_B));
    watchers = new VCenterWatchers(reconciler, MAX_WAIT);
    reconciler.watchWith(watchers);
    reconciler.reconcile(GI);
    // the opened watch's baseline asks for one more look: from then on the watch is open
    await("the watch to open", () -> reconciler.observations.size() >= 2, () -> reconciler.observations);
    assertThat(reconciler.observations.get(0).vms()).containsOnlyKeys(VM_A, VM_B);

    int before = reconciler.observations.size();
    sim.control().expireSessions(); // the watch's property collector ends with the session
    sim.control().deleteVm(VM_B); // a watched VM disappears and another one changes, with no watch to see it
    sim.control().powerOffVm(VM_A);

    await(VM_A + " powered off seen after the watch failed", () -> reconciler.since(before).stream()
        .anyMatch(o -> o.ok() && o.vms().equals(Map.of(VM_A, VmPowerState.POWERED_OFF))),
        () -> reconciler.since(before));

    // the watch is open again over what is left: a later change comes through it
    await("the watch to be open again", () -> watchIsOpen(), () -> sim.audit().objects());
    int mark = reconciler.observations.size();
    sim.control().disconnectHost(HOST);
    await(HOST + " disconnected seen", () -> reconciler.since(mark).stream()
        .anyMatch(o -> o.ok() && o.hosts().get(HOST) == HostConnectionState.DISCONNECTED),
        () -> reconciler.since(mark));
  }

  @Test
  void aReopenThatKeepsFailingIsRetriedWithGrowingPausesAndLeavesNothingBehind() {
    List<MoRef> hosts = conn.inventory().clusterHosts(cluster).stream().map(HostFacts::ref).toList();
    MoRef vmA = vm(VM_A).ref();
    MoRef deleted = vm(VM_B).ref();
    sim.control().deleteVm(VM_B);
    List<Attempt> attempts = new CopyOnWriteArrayList<>();
    // runs on the watcher's thread right after a failed reopen cleaned up: the simulator's state is settled
    watchers = new VCenterWatchers(id -> attempts.add(new Attempt(System.nanoTime(), sim.audit().objects(),
        sim.counters().get("vim", "CreateFilter"))), MAX_WAIT);

    watchers.track(GI, conn, WatchTarget.of(cluster, hosts, List.of(vmA, deleted)));

    await("four failed reopens", () -> attempts.size() >= 4, () -> attempts);
    List<Attempt> first = List.copyOf(attempts).subList(0, 4);
    for (int i = 1; i < first.size(); i++) {
      long pauseMs = Duration.ofNanos(first.get(i).nanos() - first.get(i - 1).nanos()).toMillis();
      assertThat(pauseMs).as("pause before reopen %d (backoff from 0.5 s, doubling)", i + 1)
          .isGreaterThanOrEqualTo(450L << (i - 1));
      assertThat(first.get(i).createFilterCalls()).as("one CreateFilter per reported failure")
          .isEqualTo(first.get(0).createFilterCalls() + i);
    }
    assertThat(first).allSatisfy(a -> {
      assertThat(a.objects().containerViews()).as("views of failed reopens are destroyed").isZero();
      assertThat(a.objects().propertyCollectors()).as("collectors of failed reopens are destroyed")
          .isEqualTo(first.get(0).objects().propertyCollectors());
    });

    // the reconcile that the failures asked for drops the deleted VM: the watch opens
    int mark = attempts.size();
    watchers.track(GI, conn, WatchTarget.of(cluster, hosts, List.of(vmA)));
    await("the watch to open once the deleted VM is no longer watched", () -> List.copyOf(attempts).stream()
        .skip(mark).anyMatch(a -> a.objects().containerViews() == 1), () -> attempts);
  }

  @Test
  void refreshedTargetsEndThePauseAfterAFailureAtOnce() {
    List<MoRef> hosts = conn.inventory().clusterHosts(cluster).stream().map(HostFacts::ref).toList();
    MoRef vmA = vm(VM_A).ref();
    MoRef deleted = vm(VM_B).ref();
    sim.control().deleteVm(VM_B);
    List<Long> triggers = new CopyOnWriteArrayList<>();
    // The pause after a failed reopen lasts an hour here: only the change of targets can end it.
    watchers = new VCenterWatchers(id -> triggers.add(System.nanoTime()), MAX_WAIT, Duration.ofHours(1));

    watchers.track(GI, conn, WatchTarget.of(cluster, hosts, List.of(vmA, deleted)));
    await("a failed reopen asking for a reconcile", () -> !triggers.isEmpty(), () -> sim.audit().objects());
    assertThat(watchIsOpen()).isFalse();

    watchers.track(GI, conn, WatchTarget.of(cluster, hosts, List.of(vmA)));
    await("the watch to open on the refreshed targets", this::watchIsOpen, () -> sim.audit().objects());
  }

  private record Attempt(long nanos, Audit.Objects objects, long createFilterCalls) {
  }

  /** The watcher's view and private collector exist (besides the session's default collector). */
  private boolean watchIsOpen() {
    Audit.Objects objects = sim.audit().objects();
    return objects.containerViews() == 1 && objects.propertyCollectors() == 2;
  }

  private VmFacts vm(String name) {
    return conn.inventory().vmsIn(cluster).stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  private static void await(String what, BooleanSupplier condition, Supplier<Object> state) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what);
      }
    }
    throw new AssertionError("timed out after " + WAIT + " waiting for " + what + "\nlast state: " + state.get());
  }

  /**
   * No call-level retry and a circuit breaker that stays closed: each reopen is one attempt, and recovery is not
   * held back by a breaker this test is not about.
   */
  private static VSphereClientConfig clientConfig() {
    CallBudgetConfig budget = new CallBudgetConfig(1000, Duration.ofSeconds(1), Duration.ofSeconds(2), 16,
        Duration.ofSeconds(2), 1, Duration.ofMillis(10), 2.0, Duration.ofMillis(50), 100f, 100, 100,
        Duration.ofSeconds(1), 1);
    return VSphereClientConfig.defaults().withBudget(budget)
        .withTransport(new TransportSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 22));
  }
}
