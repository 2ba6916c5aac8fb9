package io.gioperator.simulator.inventory;

/** A vim25 Datacenter and its four standard folders. */
public final class Datacenter extends Entity {
    private Folder vmFolder;
    private Folder hostFolder;
    private Folder datastoreFolder;
    private Folder networkFolder;

    Datacenter(String id, String name) {
        super("Datacenter", id, name);
    }

    void folders(Folder vm, Folder host, Folder datastore, Folder network) {
        this.vmFolder = vm;
        this.hostFolder = host;
        this.datastoreFolder = datastore;
        this.networkFolder = network;
        for (Folder f : new Folder[] {vm, host, datastore, network}) {
            f.parent(this);
        }
    }

    public Folder vmFolder() {
        return vmFolder;
    }

    public Folder hostFolder() {
        return hostFolder;
    }

    public Folder datastoreFolder() {
        return datastoreFolder;
    }

    public Folder networkFolder() {
        return networkFolder;
    }
}
