package io.gioperator.reconcile.watch;

import io.gioperator.vsphere.objects.HostFacts;
import io.gioperator.vsphere.objects.VmFacts;
import io.gioperator.vsphere.session.VCenterConnection;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VCenterTarget;
import io.gioperator.vsphere.types.HostConnectionState;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.VmPowerState;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The part of the GuestIntrospection controller the watcher relies on: every trigger re-reads the cluster from
 * vCenter (on a worker thread, as JOSDK would) and tracks what it found, so a deleted VM leaves the watch. A read
 * that fails tracks nothing, like a failed observation.
 */
final class ObservingReconciler implements Consumer<ResourceID>, AutoCloseable {

  /** One reconcile: the watched VMs that still exist by name, the hosts' connection states, or the failure. */
  record Observation(Map<String, VmPowerState> vms, Map<String, HostConnectionState> hosts, String failure) {
    boolean ok() {
      return failure == null;
    }
  }

  private final VCenterSessionPool pool;
  private final VCenterTarget target;
  private final MoRef cluster;
  private final Set<String> watchedVms;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "test-reconciler");
    t.setDaemon(true);
    return t;
  });
  final List<Observation> observations = new CopyOnWriteArrayList<>();
  private volatile VCenterWatchers watchers;

  ObservingReconciler(VCenterSessionPool pool, VCenterTarget target, MoRef cluster, Set<String> watchedVms) {
    this.pool = pool;
    this.target = target;
    this.cluster = cluster;
    this.watchedVms = Set.copyOf(watchedVms);
  }

  void watchWith(VCenterWatchers value) {
    this.watchers = value;
  }

  @Override
  public void accept(ResourceID id) {
    worker.submit(() -> reconcile(id));
  }

  void reconcile(ResourceID id) {
    try {
      VCenterConnection conn = pool.connect("test/vc", target);
      List<HostFacts> hosts = conn.inventory().clusterHosts(cluster);
      List<VmFacts> vms = conn.inventory().vmsIn(cluster).stream()
          .filter(vm -> watchedVms.contains(vm.name())).toList();
      observations.add(new Observation(
          vms.stream().collect(Collectors.toMap(VmFacts::name, VmFacts::powerState)),
          hosts.stream().collect(Collectors.toMap(HostFacts::name, HostFacts::connectionState)), null));
      watchers.track(id, conn, WatchTarget.of(cluster, hosts.stream().map(HostFacts::ref).toList(),
          vms.stream().map(VmFacts::ref).toList()));
    } catch (RuntimeException e) {
      observations.add(new Observation(Map.of(), Map.of(), e.toString()));
    }
  }

  /** Observations made from index {@code from} on. */
  List<Observation> since(int from) {
    List<Observation> all = List.copyOf(observations);
    return all.subList(Math.min(from, all.size()), all.size());
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
