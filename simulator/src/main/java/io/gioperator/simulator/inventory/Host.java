package io.gioperator.simulator.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An ESXi HostSystem: product version, connection and maintenance state, its VMs, storage, networks and VIBs. */
public final class Host extends Entity {
    private final String version;
    private final String build;
    private final String hardwareUuid;
    private final List<Vm> vms = new ArrayList<>();
    private final List<Datastore> datastores = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    private final List<InstalledVib> vibs = new ArrayList<>();
    private final String imageConfigManagerId;
    private final String patchManagerId;
    private Cluster cluster;
    private String connectionState = "connected";
    private boolean inMaintenance;
    private boolean enteringMaintenance;
    private boolean rebooting;
    private Instant bootTime;

    Host(String id, String name, String version, String build, String hardwareUuid, Instant bootTime) {
        super("HostSystem", id, name);
        this.version = version;
        this.build = build;
        this.hardwareUuid = hardwareUuid;
        this.bootTime = bootTime;
        String num = id.substring(id.indexOf('-') + 1);
        this.imageConfigManagerId = "imageConfigManager-" + num;
        this.patchManagerId = "patchManager-" + num;
    }

    public String version() {
        return version;
    }

    public String build() {
        return build;
    }

    public String fullName() {
        return "VMware ESXi " + version + " build-" + build;
    }

    /** The vim API version the host speaks, e.g. 8.0.2.0 for ESXi 8.0.2. */
    public String apiVersion() {
        String[] p = version.split("\\.");
        return p.length >= 3 ? p[0] + "." + p[1] + "." + p[2] + ".0" : version;
    }

    public String hardwareUuid() {
        return hardwareUuid;
    }

    public Cluster cluster() {
        return cluster;
    }

    void cluster(Cluster c) {
        this.cluster = c;
    }

    public List<Vm> vms() {
        return vms;
    }

    public List<Datastore> datastores() {
        return datastores;
    }

    public List<Network> networks() {
        return networks;
    }

    public List<InstalledVib> vibs() {
        return vibs;
    }

    public Optional<InstalledVib> vib(String name) {
        return vibs.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public String connectionState() {
        return connectionState;
    }

    void connectionState(String s) {
        this.connectionState = s;
    }

    public boolean connected() {
        return connectionState.equals("connected");
    }

    public boolean inMaintenance() {
        return inMaintenance;
    }

    void inMaintenance(boolean b) {
        this.inMaintenance = b;
    }

    public boolean enteringMaintenance() {
        return enteringMaintenance;
    }

    void enteringMaintenance(boolean b) {
        this.enteringMaintenance = b;
    }

    public boolean rebooting() {
        return rebooting;
    }

    void rebooting(boolean b) {
        this.rebooting = b;
    }

    public boolean rebootRequired() {
        return vibs.stream().anyMatch(v -> v.pendingRemoval() || v.pendingInstall());
    }

    public Instant bootTime() {
        return bootTime;
    }

    void bootTime(Instant t) {
        this.bootTime = t;
    }

    public String imageConfigManagerId() {
        return imageConfigManagerId;
    }

    public String patchManagerId() {
        return patchManagerId;
    }
}
