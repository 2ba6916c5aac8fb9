package io.gioperator.reconcile.watch;

import io.gioperator.vsphere.types.MoRef;
import java.util.List;
import java.util.Set;

/** What one GuestIntrospection wants watched in its vCenter: its cluster's hosts and its agent VMs. */
public record WatchTarget(MoRef cluster, Set<MoRef> hosts, Set<MoRef> vms) {
  public WatchTarget {
    hosts = Set.copyOf(hosts);
    vms = Set.copyOf(vms);
  }

  public static WatchTarget of(MoRef cluster, List<MoRef> hosts, List<MoRef> vms) {
    return new WatchTarget(cluster, Set.copyOf(hosts), Set.copyOf(vms));
  }

  boolean concerns(MoRef obj) {
    return hosts.contains(obj) || vms.contains(obj) || cluster.equals(obj);
  }
}
