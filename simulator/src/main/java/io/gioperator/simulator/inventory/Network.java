package io.gioperator.simulator.inventory;

import java.util.ArrayList;
import java.util.List;

/** A standard Network or a DistributedVirtualPortgroup. */
public final class Network extends Entity {
    private final List<Host> hosts = new ArrayList<>();
    private final List<Vm> vms = new ArrayList<>();

    Network(String type, String id, String name) {
        super(type, id, name);
    }

    public boolean distributed() {
        return type().equals("DistributedVirtualPortgroup");
    }

    public List<Host> hosts() {
        return hosts;
    }

    public List<Vm> vms() {
        return vms;
    }
}
