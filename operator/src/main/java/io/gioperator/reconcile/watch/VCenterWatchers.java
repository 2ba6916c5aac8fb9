package io.gioperator.reconcile.watch;

import io.gioperator.vsphere.session.VCenterConnection;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The vCenter watches: one {@link VCenterWatcher} per vCenter, shared by every GuestIntrospection on it. A
 * reconcile registers what it observed ({@link #track}); a change in vCenter triggers a reconcile of the
 * resources concerned, so a powered-off SVA is noticed without waiting for the next EAM poll.
 */
public final class VCenterWatchers implements AutoCloseable {

  private final Consumer<ResourceID> trigger;
  private final Duration maxWait;
  private final Duration firstBackoff;
  private final Map<String, VCenterWatcher> watchers = new ConcurrentHashMap<>();
  private final Map<ResourceID, String> vcenterOf = new ConcurrentHashMap<>();

  public VCenterWatchers(Consumer<ResourceID> trigger, Duration maxWait) {
    this(trigger, maxWait, VCenterWatcher.FIRST_BACKOFF);
  }

  /** With the first pause after a failed watch (doubling up to a minute); tests make it long. */
  VCenterWatchers(Consumer<ResourceID> trigger, Duration maxWait, Duration firstBackoff) {
    this.firstBackoff = firstBackoff;
    this.trigger = trigger;
    this.maxWait = maxWait;
  }

  public synchronized void track(ResourceID id, VCenterConnection conn, WatchTarget target) {
    String vcenter = conn.vcenter();
    String before = vcenterOf.put(id, vcenter);
    if (before != null && !before.equals(vcenter)) {
      untrackFrom(before, id);
    }
    watchers.computeIfAbsent(vcenter, v -> {
      VCenterWatcher w = new VCenterWatcher(v, trigger, maxWait, firstBackoff);
      w.start();
      return w;
    }).track(id, conn, target);
  }

  public synchronized void untrack(ResourceID id) {
    String vcenter = vcenterOf.remove(id);
    if (vcenter != null) {
      untrackFrom(vcenter, id);
    }
  }

  private void untrackFrom(String vcenter, ResourceID id) {
    VCenterWatcher w = watchers.get(vcenter);
    if (w != null && w.untrack(id)) {
      watchers.remove(vcenter);
      w.stop();
    }
  }

  @Override
  public synchronized void close() {
    watchers.values().forEach(VCenterWatcher::stop);
    watchers.clear();
    vcenterOf.clear();
  }
}
