package io.gioperator.simulator.inventory;

import io.gioperator.simulator.core.World;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the lab inventory: datacenter, networks ("VM Network", portgroup "GI-Management"), VM folders
 * (GuestIntrospection, Workloads, vCLS), clusters with a shared vSAN datastore, hosts with a local datastore each,
 * and a few running workload VMs per cluster.
 */
public final class InventoryBuilder {
    private static final long TIB = 1024L * 1024 * 1024 * 1024;
    private final World world;
    private final Inventory inventory;
    private Datacenter dc;
    private Network vmNetwork;
    private Network giManagement;
    private Folder workloads;

    public InventoryBuilder(World world, Inventory inventory) {
        this.world = world;
        this.inventory = inventory;
    }

    /** Must run under the world lock. */
    public void build(InventorySpec spec) {
        dc = inventory.newDatacenter(spec.datacenterName());
        vmNetwork = inventory.newNetwork(dc, "VM Network", false);
        giManagement = inventory.newNetwork(dc, "GI-Management", true);
        inventory.newFolder(dc.vmFolder(), "GuestIntrospection");
        workloads = inventory.newFolder(dc.vmFolder(), "Workloads");
        inventory.newFolder(dc.vmFolder(), "vCLS");
        List<InventorySpec.ClusterSpec> clusters = spec.effectiveClusters();
        for (int i = 0; i < clusters.size(); i++) {
            buildCluster(spec, i + 1, clusters.get(i));
        }
    }

    private void buildCluster(InventorySpec spec, int index, InventorySpec.ClusterSpec cs) {
        String name = cs.name() != null ? cs.name() : String.format("Cluster-%02d", index);
        Cluster cluster = inventory.newCluster(dc, name);
        Datastore vsan = inventory.newDatastore(dc, String.format("vsanDatastore-%02d", index), "vsan", 20 * TIB);
        List<InventorySpec.HostSpec> hosts = new ArrayList<>();
        if (cs.hostList() != null && !cs.hostList().isEmpty()) {
            hosts.addAll(cs.hostList());
        } else {
            int n = cs.hosts() != null ? cs.hosts() : spec.hostsPerCluster() != null ? spec.hostsPerCluster() : 3;
            for (int j = 0; j < n; j++) {
                hosts.add(new InventorySpec.HostSpec(null, null, null));
            }
        }
        for (int j = 0; j < hosts.size(); j++) {
            InventorySpec.HostSpec hs = hosts.get(j);
            String hostName = hs.name() != null ? hs.name() : String.format("esx-%02d-%02d.lab.local", index, j + 1);
            addHost(cluster, vsan, hostName, hs.version() != null ? hs.version() : spec.hostVersion(),
                    hs.build() != null ? hs.build() : spec.hostBuild());
        }
        for (int k = 0; k < spec.workloadVms() && !cluster.hosts().isEmpty(); k++) {
            Host h = cluster.hosts().get(k % cluster.hosts().size());
            Vm vm = inventory.newVm(new Placement(h, workloads, cluster.rootPool(), vsan, vmNetwork),
                    String.format("app-%02d-%02d", index, k + 1), "ubuntu64Guest", "Ubuntu Linux (64-bit)", 2, 4096);
            vm.annotation("Workload VM (not managed by gi-operator)");
            vm.powerState("poweredOn", world.now());
            vm.guest(true, vm.assignedIp());
        }
    }

    /** Adds a host to a cluster: shared datastore of the cluster, a local datastore, both networks. */
    public Host addHost(Cluster cluster, Datastore shared, String hostName, String version, String build) {
        Datacenter datacenter = cluster.datacenter();
        String shortName = hostName.contains(".") ? hostName.substring(0, hostName.indexOf('.')) : hostName;
        Datastore local = inventory.newDatastore(datacenter, "local-" + shortName, "VMFS", TIB);
        List<Network> networks = datacenter.networkFolder().children().stream()
                .filter(e -> e instanceof Network).map(e -> (Network) e).toList();
        List<Datastore> datastores = shared == null ? List.of(local) : List.of(shared, local);
        return inventory.newHost(cluster, hostName, version, build, datastores, networks);
    }

    /** The cluster's shared datastore (the vSAN one its hosts have in common). */
    public static Datastore sharedDatastore(Cluster cluster) {
        return cluster.datastores().stream().filter(d -> d.fsType().equals("vsan")).findFirst().orElse(null);
    }
}
