package io.gioperator.simulator.inventory;

import io.gioperator.simulator.core.SimScheduler;
import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import java.time.Instant;

/**
 * Power operations and destruction of VMs with simulated durations, as vCenter performs them for tasks; also the
 * guest side (VMware Tools reporting an IP after boot) and injected SVA failures.
 */
public final class VmOperations {
    /** Completion callback; {@code failure} is null on success. */
    public interface Done {
        void done(SoapFault failure);
    }

    private final World world;
    private final Inventory inventory;
    private final SimScheduler scheduler;
    private final Timings timings;

    public VmOperations(World world, Inventory inventory, SimScheduler scheduler, Timings timings) {
        this.world = world;
        this.inventory = inventory;
        this.scheduler = scheduler;
        this.timings = timings;
    }

    public void powerOn(Vm vm, Origin origin, Done done) {
        scheduler.after(timings.vmPowerOn(), () -> done.done(powerOnNow(vm, origin)));
    }

    /** Powers on immediately; returns the fault instead of throwing. */
    public SoapFault powerOnNow(Vm vm, Origin origin) {
        if (vm.removed()) {
            return Faults.managedObjectNotFound(vm.ref());
        }
        if (vm.poweredOn()) {
            return Faults.invalidPowerState("poweredOn", vm.powerState());
        }
        Host h = vm.host();
        if (!h.connected()) {
            return Faults.hostNotConnected();
        }
        if (h.inMaintenance()) {
            return Faults.invalidHostState(h.ref(), "the host is in maintenance mode");
        }
        if (vm.corrupted()) {
            return Faults.fileNotFound(vm.vmPathName());
        }
        vm.powerState("poweredOn", world.now());
        Instant boot = vm.bootTime();
        inventory.fire(l -> l.vmPowerChanged(vm, origin));
        scheduler.after(timings.guestBoot(), () -> {
            if (!vm.removed() && vm.poweredOn() && boot.equals(vm.bootTime()) && !vm.guestRunning()) {
                vm.guest(true, vm.assignedIp());
                vm.updateHeartbeat(world.now());
                inventory.fire(l -> l.vmGuestChanged(vm));
            }
        });
        return null;
    }

    public void powerOff(Vm vm, Origin origin, Done done) {
        scheduler.after(timings.vmPowerOff(), () -> done.done(powerOffNow(vm, origin)));
    }

    public SoapFault powerOffNow(Vm vm, Origin origin) {
        if (vm.removed()) {
            return Faults.managedObjectNotFound(vm.ref());
        }
        if (!vm.poweredOn()) {
            return Faults.invalidPowerState("poweredOff", vm.powerState());
        }
        if (!vm.host().connected()) {
            return Faults.hostNotConnected();
        }
        vm.powerState("poweredOff", world.now());
        vm.guest(false, null);
        vm.updateHeartbeat(world.now());
        inventory.fire(l -> l.vmPowerChanged(vm, origin));
        return null;
    }

    public void destroy(Vm vm, Origin origin, Done done) {
        scheduler.after(timings.vmDestroy(), () -> done.done(destroyNow(vm, origin)));
    }

    public SoapFault destroyNow(Vm vm, Origin origin) {
        if (vm.removed()) {
            return Faults.managedObjectNotFound(vm.ref());
        }
        if (vm.poweredOn()) {
            return Faults.invalidPowerState("poweredOff", vm.powerState());
        }
        if (!vm.host().connected()) {
            return Faults.hostNotConnected();
        }
        inventory.removeVm(vm, origin);
        return null;
    }

    /** Starts a VM that already runs when the simulation begins (pre-existing VMs): no delays, no events. */
    public void bootNow(Vm vm) {
        vm.powerState("poweredOn", world.now());
        vm.guest(true, vm.assignedIp());
        vm.updateHeartbeat(world.now());
        world.touch();
    }

    /** Crash-stops a VM without checks (host reboot, forced power loss). */
    void kill(Vm vm, Origin origin) {
        if (vm.poweredOn()) {
            vm.powerState("poweredOff", world.now());
            vm.guest(false, null);
            vm.updateHeartbeat(world.now());
            inventory.fire(l -> l.vmPowerChanged(vm, origin));
        }
    }

    /** Fault injection: the VM's files are damaged; it stops and can no longer power on. */
    public void corrupt(Vm vm) {
        vm.corrupted(true);
        kill(vm, Origin.CONTROL);
        inventory.fire(l -> l.vmCorrupted(vm));
    }

    /** Fault injection: the network between the SVA and the partner manager is cut (or restored). */
    public void cutHeartbeat(Vm vm, boolean cut) {
        vm.heartbeatCut(cut);
        vm.updateHeartbeat(world.now());
        world.touch();
    }

    /** Fault injection: the SVA reports that its scanner failed (or recovered). */
    public void scannerFailed(Vm vm, boolean failed) {
        vm.scannerFailed(failed);
        world.touch();
    }
}
