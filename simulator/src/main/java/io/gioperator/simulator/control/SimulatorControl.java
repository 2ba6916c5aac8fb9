package io.gioperator.simulator.control;

import io.gioperator.simulator.core.World;
import io.gioperator.simulator.depot.Catalogue;
import io.gioperator.simulator.depot.CatalogueEntry;
import io.gioperator.simulator.inventory.Cluster;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.HostOperations;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.InventoryBuilder;
import io.gioperator.simulator.inventory.InventorySpec;
import io.gioperator.simulator.inventory.Origin;
import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.inventory.VmOperations;
import io.gioperator.simulator.session.SessionManager;
import io.gioperator.simulator.soap.SoapFault;

/**
 * Fault injection and lab operations for embedded use (the control HTTP API maps onto these). Hosts and VMs are
 * named by inventory name or moref id. Operations that take time in vCenter (maintenance mode, reboot) start here
 * and complete later, as they would for an administrator.
 */
public final class SimulatorControl {
    /** Stops and restarts the vCenter listener. */
    public interface VcenterSwitch {
        void down();

        void up();

        boolean running();
    }

    /** Thrown for unknown hosts, VMs and clusters, and refused operations. */
    public static final class ControlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ControlException(String message) {
            super(message);
        }
    }

    private final World world;
    private final Inventory inventory;
    private final InventoryBuilder builder;
    private final VmOperations vmOps;
    private final HostOperations hostOps;
    private final Catalogue catalogue;
    private final SessionManager sessions;
    private final FaultInjector faults;
    private final VcenterSwitch vcenter;

    public SimulatorControl(World world, Inventory inventory, InventoryBuilder builder, VmOperations vmOps,
            HostOperations hostOps, Catalogue catalogue, SessionManager sessions, FaultInjector faults,
            VcenterSwitch vcenter) {
        this.world = world;
        this.inventory = inventory;
        this.builder = builder;
        this.vmOps = vmOps;
        this.hostOps = hostOps;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.faults = faults;
        this.vcenter = vcenter;
    }

    // ---- API faults -----------------------------------------------------------------------------------------

    /** Latency and error rate for one method of "vim", "eam" or "partner" ("*" for all its methods). */
    public void methodFault(String api, String method, long latencyMs, double errorRate, String error) {
        faults.setRule(api, method, new FaultInjector.MethodRule(latencyMs, errorRate, error));
    }

    public void clearMethodFaults() {
        faults.clearRules();
    }

    public void vcenterDown() {
        vcenter.down();
    }

    public void vcenterUp() {
        vcenter.up();
    }

    public boolean vcenterRunning() {
        return vcenter.running();
    }

    public int expireSessions() {
        return world.read(sessions::expireAll);
    }

    public int expireSessions(String user) {
        return world.read(() -> sessions.expireUser(user));
    }

    /** EamServiceNotInitialized for the next {@code calls} EAM calls, or until cleared when null. */
    public void eamNotInitialized(Integer calls) {
        faults.eamNotInitialized(calls);
    }

    public void clearEamNotInitialized() {
        faults.clearEamNotInitialized();
    }

    /**
     * EAM 8.2 may check the OVF/VIB servers' certificates already at CreateAgency/Update: on, those calls fault
     * with CertificateNotTrustedFault{url} for a private-CA server the agent config does not trust (see
     * {@link #catalogueServerCertificate}); off (default), EAM raises the CertificateNotTrusted issue at download.
     */
    public void eamVerifiesTrustOnConfigure(boolean on) {
        world.run(() -> catalogue.trustVerifiedOnConfigure(on));
    }

    public void partnerDown(boolean down) {
        faults.partnerDown(down);
    }

    // ---- SVAs and VMs ---------------------------------------------------------------------------------------

    public void powerOffVm(String vm) {
        world.run(() -> check(vmOps.powerOffNow(vm(vm), Origin.CONTROL)));
    }

    public void deleteVm(String vm) {
        world.run(() -> {
            Vm v = vm(vm);
            if (v.poweredOn()) {
                vmOps.powerOffNow(v, Origin.CONTROL);
            }
            inventory.removeVm(v, Origin.CONTROL);
        });
    }

    public void corruptVm(String vm) {
        world.run(() -> vmOps.corrupt(vm(vm)));
    }

    public void cutHeartbeat(String vm, boolean cut) {
        world.run(() -> vmOps.cutHeartbeat(vm(vm), cut));
    }

    public void scannerFailed(String vm, boolean failed) {
        world.run(() -> vmOps.scannerFailed(vm(vm), failed));
    }

    // ---- catalogue ------------------------------------------------------------------------------------------

    public void addCatalogueEntry(CatalogueEntry entry) {
        world.run(() -> catalogue.add(entry));
    }

    public void catalogueReachable(String url, boolean reachable) {
        world.run(() -> {
            if (catalogue.all().stream().noneMatch(e -> e.url().equals(url))) {
                throw new ControlException("No catalogue entry " + url);
            }
            catalogue.reachable(url, reachable);
        });
    }

    /** Serves a catalogue URL with a private-CA certificate (PEM), or with a default-trusted one (null). */
    public void catalogueServerCertificate(String url, String pem) {
        world.run(() -> {
            if (catalogue.all().stream().noneMatch(e -> e.url().equals(url))) {
                throw new ControlException("No catalogue entry " + url);
            }
            catalogue.serverCertificate(url, pem);
        });
    }

    // ---- hosts ----------------------------------------------------------------------------------------------

    /** Adds a host to a cluster; returns its moref id. Name/version/build default like the inventory's. */
    public String addHost(String cluster, String name, String version, String build) {
        return world.read(() -> {
            Cluster c = cluster(cluster);
            String n = name != null ? name : nextHostName(c);
            if (inventory.hostByName(n) != null) {
                throw new ControlException("A host named " + n + " already exists");
            }
            Host h = builder.addHost(c, InventoryBuilder.sharedDatastore(c), n,
                    version != null ? version : InventorySpec.DEFAULT_ESX_VERSION,
                    build != null ? build : InventorySpec.DEFAULT_ESX_BUILD);
            inventory.fire(l -> l.hostAdded(h));
            return h.id();
        });
    }

    private String nextHostName(Cluster c) {
        String digits = c.name().replaceAll("\\D", "");
        for (int i = c.hosts().size() + 1; ; i++) {
            String n = String.format("esx-%s-%02d.lab.local", digits.isEmpty() ? "00" : digits, i);
            if (inventory.hostByName(n) == null) {
                return n;
            }
        }
    }

    public void removeHost(String host) {
        world.run(() -> inventory.removeHost(host(host)));
    }

    public void moveHost(String host, String cluster) {
        world.run(() -> inventory.moveHost(host(host), cluster(cluster)));
    }

    public void disconnectHost(String host) {
        world.run(() -> hostOps.disconnect(host(host)));
    }

    public void reconnectHost(String host) {
        world.run(() -> hostOps.reconnect(host(host), f -> { }));
    }

    public void hostNotResponding(String host, boolean notResponding) {
        world.run(() -> hostOps.notResponding(host(host), notResponding));
    }

    public void enterMaintenance(String host) {
        world.run(() -> {
            try {
                hostOps.enterMaintenance(host(host), 0, Origin.CONTROL, f -> { });
            } catch (SoapFault f) {
                throw new ControlException(f.getMessage());
            }
        });
    }

    public void exitMaintenance(String host) {
        world.run(() -> {
            try {
                hostOps.exitMaintenance(host(host), Origin.CONTROL, f -> { });
            } catch (SoapFault f) {
                throw new ControlException(f.getMessage());
            }
        });
    }

    public void rebootHost(String host) {
        world.run(() -> {
            try {
                hostOps.reboot(host(host), true, Origin.CONTROL, f -> { });
            } catch (SoapFault f) {
                throw new ControlException(f.getMessage());
            }
        });
    }

    // ---- lookups --------------------------------------------------------------------------------------------

    private Host host(String nameOrId) {
        Entity e = inventory.entity(nameOrId);
        Host h = e instanceof Host hh ? hh : inventory.hostByName(nameOrId);
        if (h == null) {
            throw new ControlException("No host " + nameOrId);
        }
        return h;
    }

    private Cluster cluster(String nameOrId) {
        Entity e = inventory.entity(nameOrId);
        Cluster c = e instanceof Cluster cc ? cc : inventory.clusterByName(nameOrId);
        if (c == null) {
            throw new ControlException("No cluster " + nameOrId);
        }
        return c;
    }

    private Vm vm(String nameOrId) {
        Entity e = inventory.entity(nameOrId);
        if (e instanceof Vm v) {
            return v;
        }
        return inventory.vms().stream().filter(v -> v.name().equals(nameOrId)).findFirst()
                .orElseThrow(() -> new ControlException("No VM " + nameOrId));
    }

    private static void check(SoapFault f) {
        if (f != null) {
            throw new ControlException(f.getMessage());
        }
    }

    /** The moref id of a host by name (for tests and scripts). */
    public String hostId(String name) {
        return world.read(() -> host(name).id());
    }

    public String vmId(String name) {
        return world.read(() -> vm(name).id());
    }
}
