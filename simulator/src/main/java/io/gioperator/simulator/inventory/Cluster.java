package io.gioperator.simulator.inventory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A ClusterComputeResource: its hosts and its root resource pool ("Resources"). DRS evacuates for maintenance. */
public final class Cluster extends Entity {
    private final List<Host> hosts = new ArrayList<>();
    private final Datacenter datacenter;
    private ResourcePool rootPool;
    private boolean drsEnabled = true;

    Cluster(String id, String name, Datacenter datacenter) {
        super("ClusterComputeResource", id, name);
        this.datacenter = datacenter;
    }

    public List<Host> hosts() {
        return hosts;
    }

    public Datacenter datacenter() {
        return datacenter;
    }

    public ResourcePool rootPool() {
        return rootPool;
    }

    void rootPool(ResourcePool p) {
        this.rootPool = p;
    }

    public boolean drsEnabled() {
        return drsEnabled;
    }

    public void drsEnabled(boolean enabled) {
        this.drsEnabled = enabled;
    }

    /** ComputeResource.datastore: the union of the hosts' datastores. */
    public List<Datastore> datastores() {
        Set<Datastore> all = new LinkedHashSet<>();
        hosts.forEach(h -> all.addAll(h.datastores()));
        return List.copyOf(all);
    }

    public List<Network> networks() {
        Set<Network> all = new LinkedHashSet<>();
        hosts.forEach(h -> all.addAll(h.networks()));
        return List.copyOf(all);
    }
}
