package io.gioperator.reconcile.watch;

import io.gioperator.reconcile.model.PartnerView;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The partner watches: one {@link PartnerPoller} per partner solution manager endpoint, shared by every
 * GuestIntrospection using it. A reconcile that ends in the steady state registers its cluster with what it saw
 * ({@link #track}); a later service status change, registration change, reachability change or heartbeat timeout
 * triggers a reconcile of that resource before the steady poll would. A resource that is converging, failing or
 * deleted is {@link #untrack untracked}: it is looked at often anyway, or not at all. A zero interval switches the
 * watch off: nothing is tracked and no thread is started.
 */
public final class PartnerWatchers implements AutoCloseable {

  private final BiConsumer<ResourceID, PartnerChange> trigger;
  private final Duration interval;
  private final Clock clock;
  private final Map<String, PartnerPoller> pollers = new ConcurrentHashMap<>();
  private final Map<ResourceID, String> endpointOf = new ConcurrentHashMap<>();

  /** {@code trigger} is given the resource to reconcile and why (the reason also feeds the metrics). */
  public PartnerWatchers(BiConsumer<ResourceID, PartnerChange> trigger, Duration interval, Clock clock) {
    this.trigger = trigger;
    this.interval = interval;
    this.clock = clock;
  }

  /**
   * Watches {@code target} for {@code id}; {@code observed} is the partner view the reconcile just acted on, at
   * {@code observedAt} (the planner's clock): the baseline the next poll is compared with.
   */
  public synchronized void track(ResourceID id, PartnerWatchTarget target, PartnerView observed,
                                 Instant observedAt) {
    if (!enabled()) {
      return;
    }
    PartnerSnapshot baseline = PartnerSnapshot.of(observed, target.heartbeatTimeout(), observedAt);
    String before = endpointOf.put(id, target.endpoint());
    if (before != null && !before.equals(target.endpoint())) {
      untrackFrom(before, id);
    }
    pollers.computeIfAbsent(target.endpoint(), e -> {
      PartnerPoller p = new PartnerPoller(e, trigger, interval, clock);
      p.start();
      return p;
    }).track(id, target, baseline);
  }

  public synchronized void untrack(ResourceID id) {
    String endpoint = endpointOf.remove(id);
    if (endpoint != null) {
      untrackFrom(endpoint, id);
    }
  }

  /** False when the interval is zero: the partner watch is off. */
  public boolean enabled() {
    return !interval.isZero();
  }

  /** The endpoints polled now (for tests and diagnostics). */
  public synchronized Set<String> endpoints() {
    return Set.copyOf(pollers.keySet());
  }

  private void untrackFrom(String endpoint, ResourceID id) {
    PartnerPoller p = pollers.get(endpoint);
    if (p != null && p.untrack(id)) {
      pollers.remove(endpoint);
      p.stop();
    }
  }

  @Override
  public synchronized void close() {
    pollers.values().forEach(PartnerPoller::stop);
    pollers.clear();
    endpointOf.clear();
  }
}
