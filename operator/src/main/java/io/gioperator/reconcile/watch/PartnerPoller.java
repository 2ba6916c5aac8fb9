package io.gioperator.reconcile.watch;

import io.gioperator.partner.PartnerClient;
import io.gioperator.reconcile.model.PartnerView;
import io.gioperator.reconcile.observe.ClusterObserver;
import io.gioperator.vsphere.types.MoRef;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll loop per partner solution manager on its own thread: every {@code interval} it lists the registrations
 * of each watched cluster (the partner REST API only, never vCenter) and triggers a reconcile of the resources
 * whose snapshot changed in a way {@link PartnerChange} says matters.
 */
final class PartnerPoller implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerPoller.class);

  /** A watched resource: what to read and what its last reconcile (or the last poll that triggered) saw. */
  private record Watched(PartnerWatchTarget target, PartnerSnapshot baseline) {}

  /** Two resources on the same cluster with the same client share one list call per poll. */
  private record Read(PartnerClient client, MoRef cluster) {}

  private final String endpoint;
  private final BiConsumer<ResourceID, PartnerChange> trigger;
  private final Duration interval;
  private final Clock clock;
  private final Map<ResourceID, Watched> watched = new ConcurrentHashMap<>();
  /** Pauses wait on it, so a stop ends a pause at once. */
  private final Object wake = new Object();
  private volatile boolean running = true;
  private final Thread thread;

  PartnerPoller(String endpoint, BiConsumer<ResourceID, PartnerChange> trigger, Duration interval, Clock clock) {
    this.endpoint = endpoint;
    this.trigger = trigger;
    this.interval = interval;
    this.clock = clock;
    this.thread = new Thread(this, "gi-partner-watch-" + endpoint);
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** The reconcile's own observation is the baseline: a change after it is noticed by the next poll. */
  void track(ResourceID id, PartnerWatchTarget target, PartnerSnapshot baseline) {
    watched.put(id, new Watched(target, baseline));
  }

  /** Returns true when nothing is watched any more. */
  boolean untrack(ResourceID id) {
    watched.remove(id);
    return watched.isEmpty();
  }

  void stop() {
    running = false;
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  @Override
  public void run() {
    while (running) {
      pause(interval.toMillis());
      if (!running) {
        break;
      }
      try {
        pollOnce();
      } catch (RuntimeException e) {
        LOG.warn("partner watch on {} failed: {}", endpoint, e.getClass().getSimpleName());
      }
    }
  }

  /** One round: read each watched cluster once, compare, trigger. Visible for tests. */
  void pollOnce() {
    Map<Read, PartnerView> views = new HashMap<>();
    for (var e : watched.entrySet()) {
      if (!running) {
        return;
      }
      Watched w = e.getValue();
      PartnerWatchTarget t = w.target();
      PartnerView view = views.computeIfAbsent(new Read(t.client(), t.cluster()),
          r -> ClusterObserver.partnerView(r.client(), r.cluster()));
      PartnerSnapshot now = PartnerSnapshot.of(view, t.heartbeatTimeout(), clock.instant());
      Optional<PartnerChange> change = PartnerChange.between(w.baseline(), now);
      if (change.isPresent()) {
        // A reconcile may have tracked a newer baseline meanwhile: keep it then.
        watched.replace(e.getKey(), w, new Watched(t, now));
        LOG.debug("partner watch on {}: {} of cluster {} changed; reconciling {}", endpoint, change.get(),
            t.cluster().value(), e.getKey());
        trigger.accept(e.getKey(), change.get());
      }
    }
  }

  private void pause(long ms) {
    synchronized (wake) {
      if (!running) {
        return;
      }
      try {
        wake.wait(Math.max(1, ms));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false; // nobody interrupts this thread but a shutdown: stop rather than spin
      }
    }
  }
}
