package io.gioperator.simulator.inventory;

import java.util.ArrayList;
import java.util.List;

/** A ResourcePool; the root pool's parent is its cluster. */
public final class ResourcePool extends Entity {
    private final Cluster owner;
    private final List<ResourcePool> children = new ArrayList<>();
    private final List<Vm> vms = new ArrayList<>();

    ResourcePool(String id, String name, Cluster owner) {
        super("ResourcePool", id, name);
        this.owner = owner;
    }

    public Cluster owner() {
        return owner;
    }

    public List<ResourcePool> children() {
        return children;
    }

    public List<Vm> vms() {
        return vms;
    }

    public ResourcePool child(String name) {
        return children.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
