package io.gioperator.simulator.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A VirtualMachine. Besides vim25 state it records what the simulation needs: the agency that owns it (EAM agent
 * VMs), injected corruption, and the partner heartbeat history of the SVA running inside.
 */
public final class Vm extends Entity {
    /** The OVF product section (summary.config.product). */
    public record Product(String name, String vendor, String version, String fullVersion) {
    }

    private final List<Datastore> datastores = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    private final String uuid;
    private final String instanceUuid;
    private final Instant createdAt;
    private final String guestId;
    private final String guestFullName;
    private final int numCpu;
    private final int memoryMb;
    private Host host;
    private ResourcePool pool;
    private String powerState = "poweredOff";
    private boolean guestRunning;
    private String ipAddress;
    private String assignedIp;
    private String annotation;
    private Product product;
    private boolean corrupted;
    private String ownerAgency;
    private boolean heartbeatCut;
    private boolean scannerFailed;
    private Instant bootTime;
    private Instant heartbeatSince;
    private Instant lastIntervalStart;
    private Instant lastIntervalEnd;

    Vm(String id, String name, String uuid, String instanceUuid, Instant createdAt, String guestId,
            String guestFullName, int numCpu, int memoryMb) {
        super("VirtualMachine", id, name);
        this.uuid = uuid;
        this.instanceUuid = instanceUuid;
        this.createdAt = createdAt;
        this.guestId = guestId;
        this.guestFullName = guestFullName;
        this.numCpu = numCpu;
        this.memoryMb = memoryMb;
    }

    public Host host() {
        return host;
    }

    void host(Host h) {
        this.host = h;
    }

    public ResourcePool pool() {
        return pool;
    }

    void pool(ResourcePool p) {
        this.pool = p;
    }

    public Folder folder() {
        return (Folder) parent();
    }

    public List<Datastore> datastores() {
        return datastores;
    }

    public List<Network> networks() {
        return networks;
    }

    public String uuid() {
        return uuid;
    }

    public String instanceUuid() {
        return instanceUuid;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String guestId() {
        return guestId;
    }

    public String guestFullName() {
        return guestFullName;
    }

    public int numCpu() {
        return numCpu;
    }

    public int memoryMb() {
        return memoryMb;
    }

    public String powerState() {
        return powerState;
    }

    public boolean poweredOn() {
        return powerState.equals("poweredOn");
    }

    void powerState(String s, Instant now) {
        this.powerState = s;
        this.bootTime = s.equals("poweredOn") ? now : null;
    }

    public Instant bootTime() {
        return bootTime;
    }

    public boolean guestRunning() {
        return guestRunning;
    }

    /** The guest IP while VMware Tools report it (unset while the guest is down). */
    public String ipAddress() {
        return ipAddress;
    }

    void guest(boolean running, String ip) {
        this.guestRunning = running;
        this.ipAddress = running ? ip : null;
    }

    public String assignedIp() {
        return assignedIp;
    }

    void assignedIp(String ip) {
        this.assignedIp = ip;
    }

    public String annotation() {
        return annotation;
    }

    public void annotation(String a) {
        this.annotation = a;
    }

    public Product product() {
        return product;
    }

    public void product(Product p) {
        this.product = p;
    }

    public boolean corrupted() {
        return corrupted;
    }

    void corrupted(boolean c) {
        this.corrupted = c;
    }

    public String ownerAgency() {
        return ownerAgency;
    }

    public void ownerAgency(String agencyId) {
        this.ownerAgency = agencyId;
    }

    public boolean heartbeatCut() {
        return heartbeatCut;
    }

    void heartbeatCut(boolean cut) {
        this.heartbeatCut = cut;
    }

    public boolean scannerFailed() {
        return scannerFailed;
    }

    void scannerFailed(boolean failed) {
        this.scannerFailed = failed;
    }

    public String vmPathName() {
        String ds = datastores.isEmpty() ? "datastore" : datastores.get(0).name();
        return "[" + ds + "] " + name() + "/" + name() + ".vmx";
    }

    /** Whether the SVA inside is sending heartbeats to the partner manager right now. */
    public boolean partnerHeartbeating() {
        return !removed() && poweredOn() && guestRunning && !heartbeatCut;
    }

    /** Recomputes the heartbeat interval bookkeeping after any change that may start or stop heartbeats. */
    void updateHeartbeat(Instant now) {
        boolean beating = partnerHeartbeating();
        if (beating && heartbeatSince == null) {
            heartbeatSince = now;
        } else if (!beating && heartbeatSince != null) {
            lastIntervalStart = heartbeatSince;
            lastIntervalEnd = now;
            heartbeatSince = null;
        }
    }

    /** Start of the current heartbeat interval, or null when not heartbeating. */
    public Instant heartbeatSince() {
        return heartbeatSince;
    }

    public Instant lastIntervalStart() {
        return lastIntervalStart;
    }

    public Instant lastIntervalEnd() {
        return lastIntervalEnd;
    }
}
