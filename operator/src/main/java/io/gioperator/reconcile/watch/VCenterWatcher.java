package io.gioperator.reconcile.watch;

import io.gioperator.vsphere.objects.PropertyWatch;
import io.gioperator.vsphere.session.VCenterConnection;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectSpec;
import io.gioperator.vsphere.types.ObjectUpdate;
import io.gioperator.vsphere.types.PropertyFilterSpec;
import io.gioperator.vsphere.types.PropertySpec;
import io.gioperator.vsphere.types.ServiceContent;
import io.gioperator.vsphere.types.UpdateSet;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WaitForUpdatesEx loop per vCenter on its own thread, over the hosts of every watched cluster (container
 * views, so hosts joining show up) and the agent VMs. A change to an object re-reconciles the resources that
 * watch it. Errors close the watch and reopen it after a growing pause (a re-login loses the collector).
 */
final class VCenterWatcher implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(VCenterWatcher.class);
  private static final String[] HOST_PATHS = {"name", "runtime.connectionState", "runtime.inMaintenanceMode"};
  private static final String[] VM_PATHS = {"runtime.powerState", "guest.ipAddress", "runtime.host"};

  private final String vcenter;
  private final Consumer<ResourceID> trigger;
  private final Duration maxWait;
  private final Map<ResourceID, WatchTarget> targets = new ConcurrentHashMap<>();
  private volatile VCenterConnection connection;
  static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
  private static final long MAX_BACKOFF_MS = 60_000;

  private final long firstBackoffMs;
  /** Pauses wait on it, so a change of targets or a stop ends a pause at once. */
  private final Object wake = new Object();
  private volatile boolean running = true;
  private volatile boolean changed = true;
  private volatile PropertyWatch watch;
  private final Thread thread;

  VCenterWatcher(String vcenter, Consumer<ResourceID> trigger, Duration maxWait, Duration firstBackoff) {
    this.firstBackoffMs = Math.max(1, firstBackoff.toMillis());
    this.vcenter = vcenter;
    this.trigger = trigger;
    this.maxWait = maxWait;
    this.thread = new Thread(this, "gi-watch-" + vcenter);
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  void track(ResourceID id, VCenterConnection conn, WatchTarget target) {
    WatchTarget before = targets.put(id, target);
    VCenterConnection current = connection;
    if (current == null || !current.isOpen()) { // a new session (rotation, re-login): the collector is gone
      connection = conn;
      changed = true;
    }
    if (!target.equals(before)) {
      changed = true;
    }
    if (changed) {
      interrupt();
    }
  }

  /** Returns true when nothing is watched any more. */
  boolean untrack(ResourceID id) {
    if (targets.remove(id) != null) {
      changed = true;
      interrupt();
    }
    return targets.isEmpty();
  }

  void stop() {
    running = false;
    interrupt();
  }

  private void interrupt() {
    PropertyWatch w = watch;
    if (w != null) {
      w.cancel();
    }
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  @Override
  public void run() {
    long backoffMs = firstBackoffMs;
    while (running) {
      try {
        if (changed || watch == null) {
          reopen();
        }
        if (watch == null) {
          pause(1000);
          continue;
        }
        UpdateSet updates = watch.next((int) maxWait.toSeconds());
        if (updates != null && !changed) {
          dispatch(updates.updates());
        }
        backoffMs = firstBackoffMs;
      } catch (RuntimeException e) {
        if (!running) {
          break;
        }
        LOG.debug("watch on vCenter {} failed: {}; reopening", vcenter, e.toString());
        closeWatch();
        targets.keySet().forEach(trigger); // e.g. a watched VM was deleted: a reconcile refreshes the targets
        pause(backoffMs);
        backoffMs = Math.max(firstBackoffMs, Math.min(backoffMs * 2, MAX_BACKOFF_MS));
      }
    }
    closeWatch();
  }

  private void reopen() {
    changed = false;
    closeWatch();
    VCenterConnection conn = connection;
    if (conn == null || targets.isEmpty() || !conn.isOpen()) {
      return;
    }
    ServiceContent sc = conn.serviceContent();
    List<MoRef> views = new ArrayList<>();
    List<ObjectSpec> objects = new ArrayList<>();
    Set<MoRef> clusters = new HashSet<>();
    Set<MoRef> vms = new HashSet<>();
    targets.values().forEach(t -> {
      clusters.add(t.cluster());
      vms.addAll(t.vms());
    });
    for (MoRef cluster : clusters) {
      MoRef view = conn.vim().createContainerView(sc.viewManager(), cluster, List.of("HostSystem"), true);
      views.add(view);
      objects.add(ObjectSpec.viaContainerView(view));
    }
    vms.forEach(vm -> objects.add(ObjectSpec.of(vm)));
    List<PropertySpec> props = new ArrayList<>();
    props.add(PropertySpec.of("HostSystem", HOST_PATHS));
    if (!vms.isEmpty()) {
      props.add(PropertySpec.of("VirtualMachine", VM_PATHS));
    }
    PropertyWatch opened = PropertyWatch.open(conn.vim(), sc.propertyCollector(),
        new PropertyFilterSpec(props, objects, null), views);
    opened.next(0); // the first answer lists everything as ENTER: a baseline, not a change
    watch = opened;
    // Whatever changed between the last observations and this baseline is not in any update: look again once.
    targets.keySet().forEach(trigger);
  }

  private void dispatch(List<ObjectUpdate> updates) {
    Set<ResourceID> toTrigger = new HashSet<>();
    for (ObjectUpdate u : updates) {
      boolean known = false;
      for (var e : targets.entrySet()) {
        if (e.getValue().concerns(u.obj())) {
          toTrigger.add(e.getKey());
          known = true;
        }
      }
      if (!known && "HostSystem".equals(u.obj().type())) {
        toTrigger.addAll(targets.keySet()); // a host joined one of the clusters
      }
    }
    toTrigger.forEach(trigger);
  }

  private void closeWatch() {
    PropertyWatch w = watch;
    watch = null;
    if (w != null) {
      try {
        w.close();
      } catch (RuntimeException ignored) {
        // the session may be gone; the server drops its collector with it
      }
    }
  }

  /** Waits {@code ms} unless the targets change or the watcher stops first. */
  private void pause(long ms) {
    synchronized (wake) {
      if (!running || changed) {
        return;
      }
      try {
        wake.wait(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false; // nobody interrupts this thread but a shutdown: stop rather than spin
      }
    }
  }
}
