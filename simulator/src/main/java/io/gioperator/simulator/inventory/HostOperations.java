package io.gioperator.simulator.inventory;

import io.gioperator.simulator.core.SimScheduler;
import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.inventory.VmOperations.Done;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Host lifecycle with simulated durations: maintenance mode (EAM agent VMs are powered off by EAM, other running
 * VMs are evacuated by DRS or block entry), reboots (not responding for a while, staged VIB changes applied),
 * disconnect/reconnect and VIB removal through the patch manager.
 */
public final class HostOperations {
    private final World world;
    private final Inventory inventory;
    private final SimScheduler scheduler;
    private final Timings timings;
    private final VmOperations vmOps;

    public HostOperations(World world, Inventory inventory, SimScheduler scheduler, Timings timings,
            VmOperations vmOps) {
        this.world = world;
        this.inventory = inventory;
        this.scheduler = scheduler;
        this.timings = timings;
        this.vmOps = vmOps;
    }

    /** Starts entering maintenance mode; {@code timeoutSeconds} 0 waits as long as VMs block it. */
    public void enterMaintenance(Host h, int timeoutSeconds, Origin origin, Done done) throws SoapFault {
        checkReachable(h);
        if (h.inMaintenance() || h.enteringMaintenance()) {
            throw Faults.invalidState("The host is already in maintenance mode or entering it.");
        }
        h.enteringMaintenance(true);
        world.touch();
        Instant deadline = timeoutSeconds > 0 ? world.now().plusSeconds(timeoutSeconds) : null;
        scheduler.after(timings.hostEnterMaintenance(), () -> attemptMaintenance(h, deadline, origin, done));
    }

    private void attemptMaintenance(Host h, Instant deadline, Origin origin, Done done) {
        if (h.removed() || !h.connected()) {
            h.enteringMaintenance(false);
            done.done(Faults.hostNotConnected());
            return;
        }
        boolean blocked = false;
        for (Vm vm : List.copyOf(h.vms())) {
            if (!vm.poweredOn()) {
                continue;
            }
            if (vm.ownerAgency() != null) {
                vmOps.kill(vm, Origin.EAM);
                continue;
            }
            Optional<Host> target = evacuationTarget(h);
            if (target.isPresent()) {
                inventory.migrate(vm, target.get());
            } else {
                blocked = true;
            }
        }
        if (!blocked) {
            h.enteringMaintenance(false);
            h.inMaintenance(true);
            world.event("HostEnteredMaintenanceMode", h.id(), h.name(), origin);
            inventory.fire(l -> l.hostStateChanged(h));
            done.done(null);
        } else if (deadline != null && !world.now().isBefore(deadline)) {
            h.enteringMaintenance(false);
            inventory.fire(l -> l.hostStateChanged(h));
            done.done(Faults.timedOut());
        } else {
            scheduler.after(timings.maintenanceRetry(), () -> attemptMaintenance(h, deadline, origin, done));
        }
    }

    /** DRS picks the least loaded other usable host of the cluster. */
    private Optional<Host> evacuationTarget(Host h) {
        Cluster c = h.cluster();
        if (c == null || !c.drsEnabled()) {
            return Optional.empty();
        }
        return c.hosts().stream()
                .filter(o -> o != h && o.connected() && !o.inMaintenance() && !o.enteringMaintenance())
                .min(Comparator.comparingInt(o -> o.vms().size()));
    }

    public void exitMaintenance(Host h, Origin origin, Done done) throws SoapFault {
        checkReachable(h);
        if (!h.inMaintenance()) {
            throw Faults.invalidState("The host is not in maintenance mode.");
        }
        scheduler.after(timings.hostExitMaintenance(), () -> {
            if (!h.removed() && h.inMaintenance()) {
                h.inMaintenance(false);
                world.event("HostExitedMaintenanceMode", h.id(), h.name(), origin);
                inventory.fire(l -> l.hostStateChanged(h));
            }
            done.done(null);
        });
    }

    /** Reboots: the task completes when the host starts rebooting; it returns after {@code hostReboot}. */
    public void reboot(Host h, boolean force, Origin origin, Done done) throws SoapFault {
        checkReachable(h);
        if (!h.inMaintenance() && !force) {
            throw Faults.invalidState("The host must be in maintenance mode to reboot without force.");
        }
        scheduler.after(timings.taskQueue(), () -> {
            world.event("HostRebootStarted", h.id(), h.name(), origin);
            startReboot(h);
            done.done(null);
        });
    }

    private void startReboot(Host h) {
        for (Vm vm : List.copyOf(h.vms())) {
            vmOps.kill(vm, Origin.SYSTEM);
        }
        h.rebooting(true);
        h.connectionState("notResponding");
        inventory.fire(l -> l.hostStateChanged(h));
        scheduler.after(timings.hostReboot(), () -> {
            if (h.removed()) {
                return;
            }
            h.vibs().removeIf(InstalledVib::pendingRemoval);
            h.vibs().replaceAll(v -> v.pendingInstall() ? v.activated() : v);
            h.rebooting(false);
            h.connectionState("connected");
            h.bootTime(world.now());
            world.event("HostRebooted", h.id(), h.name(), Origin.SYSTEM);
            inventory.fire(l -> l.vibsChanged(h));
            inventory.fire(l -> l.hostStateChanged(h));
        });
    }

    public void disconnect(Host h) {
        if (!h.removed() && !h.connectionState().equals("disconnected")) {
            h.connectionState("disconnected");
            world.event("HostDisconnected", h.id(), h.name(), Origin.CONTROL);
            inventory.fire(l -> l.hostStateChanged(h));
        }
    }

    /** Fault injection: the host stops answering vCenter (or answers again). */
    public void notResponding(Host h, boolean down) {
        if (h.removed() || h.rebooting()) {
            return;
        }
        h.connectionState(down ? "notResponding" : "connected");
        inventory.fire(l -> l.hostStateChanged(h));
    }

    public void reconnect(Host h, Done done) {
        scheduler.after(timings.hostReconnect(), () -> {
            if (!h.removed() && !h.rebooting() && !h.connected()) {
                h.connectionState("connected");
                world.event("HostReconnected", h.id(), h.name(), Origin.CONTROL);
                inventory.fire(l -> l.hostStateChanged(h));
            }
            done.done(null);
        });
    }

    /** HostPatchManager.UninstallHostPatch: VIBs by name or id; live-removable ones go now, others at reboot. */
    public void uninstallVibs(Host h, List<String> bulletinIds, Done done) throws SoapFault {
        checkReachable(h);
        for (String id : bulletinIds) {
            InstalledVib vib = find(h, id).orElseThrow(() -> Faults.notFound("bulletin " + id + " on " + h.name()));
            if (vib.maintenanceMode() && !h.inMaintenance()) {
                throw Faults.invalidState("Removing " + vib.name() + " requires the host to be in maintenance mode.");
            }
        }
        scheduler.after(timings.vibInstall(), () -> {
            for (String id : bulletinIds) {
                find(h, id).ifPresent(vib -> removeVib(h, vib, Origin.CLIENT));
            }
            inventory.fire(l -> l.vibsChanged(h));
            done.done(null);
        });
    }

    private static Optional<InstalledVib> find(Host h, String idOrName) {
        return h.vibs().stream().filter(v -> v.id().equals(idOrName) || v.name().equals(idOrName)).findFirst();
    }

    /** Removes (or stages removal of) one VIB; no event. */
    public void removeVib(Host h, InstalledVib vib, Origin origin) {
        world.event("VibRemoved", h.id(), vib.name() + " " + vib.version(), origin);
        if (vib.liveRemove() || vib.pendingInstall()) {
            h.vibs().remove(vib);
        } else {
            h.vibs().replaceAll(v -> v == vib ? v.withPendingRemoval() : v);
        }
    }

    /** Installs (or stages, when it needs a reboot) a VIB, replacing an older one of the same name; no event. */
    public void installVib(Host h, InstalledVib vib) {
        world.event("VibInstalled", h.id(), vib.name() + " " + vib.version(), Origin.EAM);
        h.vibs().removeIf(v -> v.name().equals(vib.name()));
        h.vibs().add(vib);
    }

    private static void checkReachable(Host h) throws SoapFault {
        if (h.removed()) {
            throw Faults.managedObjectNotFound(h.ref());
        }
        if (!h.connected()) {
            throw Faults.hostNotConnected();
        }
    }
}
