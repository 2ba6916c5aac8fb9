package io.gioperator.simulator.inventory;

import io.gioperator.simulator.core.World;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The vim25 inventory: every entity by moref, the containment tree, and the primitive mutations (create, remove,
 * move) that keep the cross references consistent and notify listeners. Guarded by the world lock.
 */
public final class Inventory {
    private final World world;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Host> hostManagers = new HashMap<>();
    private final List<InventoryListener> listeners = new ArrayList<>();
    private final IpAllocator ips;
    private final Folder root;
    private final List<Datacenter> datacenters = new ArrayList<>();

    public Inventory(World world) {
        this.world = world;
        this.ips = new IpAllocator(world);
        this.root = world.read(() -> register(new Folder(id("group-d"), "Datacenters",
                List.of("Folder", "Datacenter"))));
    }

    private String id(String prefix) {
        return prefix + world.nextEntityNumber();
    }

    private <T extends Entity> T register(T e) {
        entities.put(e.id(), e);
        return e;
    }

    public void addListener(InventoryListener l) {
        listeners.add(l);
    }

    /** Notifies listeners and bumps the change version. */
    public void fire(Consumer<InventoryListener> event) {
        world.touch();
        for (InventoryListener l : List.copyOf(listeners)) {
            event.accept(l);
        }
    }

    public Folder rootFolder() {
        return root;
    }

    public List<Datacenter> datacenters() {
        return datacenters;
    }

    public Entity entity(String id) {
        return entities.get(id);
    }

    /** The entity behind a moref, or null when absent or of another type. */
    public Entity entity(V.Ref ref) {
        Entity e = entities.get(ref.value());
        return e != null && e.type().equals(ref.type()) ? e : null;
    }

    /** The host owning a host-scoped manager (HostImageConfigManager, HostPatchManager). */
    public Host hostOfManager(String managerId) {
        return hostManagers.get(managerId);
    }

    public List<Entity> all() {
        return List.copyOf(entities.values());
    }

    public <T extends Entity> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        out.sort((a, b) -> Long.compare(number(a.id()), number(b.id())));
        return out;
    }

    private static long number(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    public List<Host> hosts() {
        return all(Host.class);
    }

    public List<Cluster> clusters() {
        return all(Cluster.class);
    }

    public List<Vm> vms() {
        return all(Vm.class);
    }

    public Host hostByName(String name) {
        return hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElse(null);
    }

    public Cluster clusterByName(String name) {
        return clusters().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    // ---- creation -------------------------------------------------------------------------------------------

    public Datacenter newDatacenter(String name) {
        Datacenter dc = register(new Datacenter(id("datacenter-"), name));
        dc.folders(register(new Folder(id("group-v"), "vm", List.of("Folder", "VirtualMachine", "VirtualApp"))),
                register(new Folder(id("group-h"), "host", List.of("Folder", "ComputeResource"))),
                register(new Folder(id("group-s"), "datastore", List.of("Folder", "Datastore", "StoragePod"))),
                register(new Folder(id("group-n"), "network", List.of("Folder", "Network",
                        "DistributedVirtualSwitch"))));
        root.add(dc);
        datacenters.add(dc);
        return dc;
    }

    public Folder newFolder(Folder parent, String name) {
        Folder f = register(new Folder(id(parent.id().substring(0, 7)), name, parent.childTypes()));
        parent.add(f);
        return f;
    }

    public Network newNetwork(Datacenter dc, String name, boolean distributed) {
        Network n = register(new Network(distributed ? "DistributedVirtualPortgroup" : "Network",
                id(distributed ? "dvportgroup-" : "network-"), name));
        dc.networkFolder().add(n);
        return n;
    }

    public Datastore newDatastore(Datacenter dc, String name, String fsType, long capacity) {
        String id = id("datastore-");
        String url = "ds:///vmfs/volumes/" + (fsType.equals("vsan") ? "vsan:" : "") + world.uuid() + "/";
        Datastore ds = register(new Datastore(id, name, url, fsType, capacity));
        dc.datastoreFolder().add(ds);
        return ds;
    }

    public Cluster newCluster(Datacenter dc, String name) {
        Cluster c = register(new Cluster(id("domain-c"), name, dc));
        dc.hostFolder().add(c);
        ResourcePool rp = register(new ResourcePool(id("resgroup-"), "Resources", c));
        rp.parent(c);
        c.rootPool(rp);
        return c;
    }

    public ResourcePool newPool(ResourcePool parent, String name) {
        ResourcePool rp = register(new ResourcePool(id("resgroup-"), name, parent.owner()));
        parent.children().add(rp);
        rp.parent(parent);
        return rp;
    }

    /** A host joins a cluster, mounts the given datastores and networks and carries the base ESXi VIBs. */
    public Host newHost(Cluster cluster, String name, String version, String build, List<Datastore> datastores,
            List<Network> networks) {
        Host h = register(new Host(id("host-"), name, version, build, world.uuid(), world.now()));
        hostManagers.put(h.imageConfigManagerId(), h);
        hostManagers.put(h.patchManagerId(), h);
        attach(h, cluster);
        for (Datastore ds : datastores) {
            h.datastores().add(ds);
            ds.hosts().add(h);
        }
        for (Network n : networks) {
            h.networks().add(n);
            n.hosts().add(h);
        }
        String vibVersion = version + "-0.0." + build;
        for (String vib : List.of("esx-base", "esx-update", "vsan", "vsanhealth", "vmware-esx-esxcli-nvme-plugin")) {
            h.vibs().add(InstalledVib.base(vib, vibVersion, world.now()));
        }
        return h;
    }

    private void attach(Host h, Cluster c) {
        c.hosts().add(h);
        h.cluster(c);
        h.parent(c);
    }

    public Vm newVm(Placement p, String name, String guestId, String guestFullName, int numCpu, int memoryMb) {
        Vm vm = register(new Vm(id("vm-"), name, world.uuid(), world.uuid(), world.now(), guestId, guestFullName,
                numCpu, memoryMb));
        p.folder().add(vm);
        vm.host(p.host());
        p.host().vms().add(vm);
        vm.pool(p.pool());
        p.pool().vms().add(vm);
        vm.datastores().add(p.datastore());
        p.datastore().vms().add(vm);
        if (p.network() != null) {
            vm.networks().add(p.network());
            p.network().vms().add(vm);
        }
        vm.assignedIp(ips.allocate(p.network()));
        world.touch();
        return vm;
    }

    // ---- removal and moves ----------------------------------------------------------------------------------

    public void removeVm(Vm vm, Origin origin) {
        if (vm.removed()) {
            return;
        }
        boolean wasOn = vm.poweredOn();
        vm.powerState("poweredOff", world.now());
        vm.guest(false, null);
        vm.updateHeartbeat(world.now());
        vm.markRemoved();
        world.event("VmRemoved", vm.id(), vm.name(), origin);
        entities.remove(vm.id());
        vm.folder().remove(vm);
        vm.host().vms().remove(vm);
        vm.pool().vms().remove(vm);
        vm.datastores().forEach(ds -> ds.vms().remove(vm));
        vm.networks().forEach(n -> n.vms().remove(vm));
        ips.release(vm.assignedIp());
        if (wasOn) {
            fire(l -> l.vmPowerChanged(vm, origin));
        }
        fire(l -> l.vmRemoved(vm, origin));
    }

    /** Removes a host from vCenter; its VMs leave the inventory with it. */
    public void removeHost(Host h) {
        Cluster c = h.cluster();
        for (Vm vm : List.copyOf(h.vms())) {
            removeVm(vm, Origin.CONTROL);
        }
        c.hosts().remove(h);
        h.datastores().forEach(ds -> ds.hosts().remove(h));
        h.networks().forEach(n -> n.hosts().remove(h));
        entities.remove(h.id());
        hostManagers.remove(h.imageConfigManagerId());
        hostManagers.remove(h.patchManagerId());
        h.markRemoved();
        fire(l -> l.hostRemoved(h, c));
    }

    /** Moves a host (and its VMs, into the target cluster's root pool) to another cluster. */
    public void moveHost(Host h, Cluster to) {
        Cluster from = h.cluster();
        from.hosts().remove(h);
        attach(h, to);
        for (Vm vm : h.vms()) {
            vm.pool().vms().remove(vm);
            vm.pool(to.rootPool());
            to.rootPool().vms().add(vm);
        }
        fire(l -> l.hostMoved(h, from, to));
    }

    /** Moves a running or stopped VM to another host (a DRS vMotion). */
    void migrate(Vm vm, Host target) {
        vm.host().vms().remove(vm);
        vm.host(target);
        target.vms().add(vm);
        world.touch();
    }
}
