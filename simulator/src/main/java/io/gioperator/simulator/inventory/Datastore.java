package io.gioperator.simulator.inventory;

import java.util.ArrayList;
import java.util.List;

/** A Datastore (shared vSAN per cluster or host-local VMFS). */
public final class Datastore extends Entity {
    private final String url;
    private final String fsType;
    private final long capacity;
    private final List<Host> hosts = new ArrayList<>();
    private final List<Vm> vms = new ArrayList<>();

    Datastore(String id, String name, String url, String fsType, long capacity) {
        super("Datastore", id, name);
        this.url = url;
        this.fsType = fsType;
        this.capacity = capacity;
    }

    public String url() {
        return url;
    }

    public String fsType() {
        return fsType;
    }

    public long capacity() {
        return capacity;
    }

    /** Free space shrinks by a nominal 8 GiB per VM stored here. */
    public long freeSpace() {
        return Math.max(0, capacity / 2 - vms.size() * 8L * 1024 * 1024 * 1024);
    }

    public List<Host> hosts() {
        return hosts;
    }

    public List<Vm> vms() {
        return vms;
    }
}
