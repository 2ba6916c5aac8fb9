package io.gioperator.simulator.vim;

import io.gioperator.simulator.inventory.Cluster;
import io.gioperator.simulator.inventory.Datacenter;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Folder;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.InstalledVib;
import io.gioperator.simulator.inventory.Origin;
import io.gioperator.simulator.inventory.ResourcePool;
import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.inventory.VmOperations;
import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.util.List;

/** ViewManager, SearchIndex, VirtualMachine, HostSystem and host-manager methods; long ones return Tasks. */
final class EntityMethods {
    private final VimContext ctx;

    EntityMethods(VimContext ctx) {
        this.ctx = ctx;
    }

    V.Ref createContainerView(Session s, V.Ref containerRef, List<String> types, boolean recursive)
            throws SoapFault {
        Object o = ctx.objects.resolve(containerRef, s);
        if (o == null) {
            throw Faults.managedObjectNotFound(containerRef);
        }
        if (!(o instanceof Folder || o instanceof Datacenter || o instanceof Cluster || o instanceof ResourcePool
                || o instanceof Host)) {
            throw Faults.invalidArgument("container");
        }
        for (String t : types) {
            if (!VimTypes.known(t)) {
                throw Faults.invalidType(t);
            }
        }
        V.Ref ref = ctx.objects.newView(s, (Entity) o, types, recursive).ref();
        ctx.world.touch();
        return ref;
    }

    V.Ref findByInventoryPath(String path) {
        Entity e = Containment.byPath(ctx.inventory, path);
        return e == null ? null : e.ref();
    }

    private static VmOperations.Done completion(TaskManager.Completion c, V result) {
        return fault -> {
            if (fault == null) {
                c.success(result);
            } else {
                c.failure(fault);
            }
        };
    }

    private V.Ref task(Session s, Entity e, String method, String descriptionId, TaskManager.Work work) {
        return ctx.tasks.start(e.ref(), e.name(), method, descriptionId, s.userName(), work).ref();
    }

    V.Ref powerOn(Session s, Vm vm, V.Ref host) throws SoapFault {
        if (host != null && !host.equals(vm.host().ref())) {
            throw Faults.invalidArgument("host");
        }
        return task(s, vm, "PowerOnVM_Task", "VirtualMachine.powerOn",
                (t, c) -> ctx.vmOps.powerOn(vm, Origin.CLIENT, completion(c, null)));
    }

    V.Ref powerOff(Session s, Vm vm) {
        return task(s, vm, "PowerOffVM_Task", "VirtualMachine.powerOff",
                (t, c) -> ctx.vmOps.powerOff(vm, Origin.CLIENT, completion(c, null)));
    }

    V.Ref destroy(Session s, Entity e) throws SoapFault {
        if (!(e instanceof Vm vm)) {
            throw Faults.notSupported("Destroy_Task on " + e.type() + " (the simulator destroys VMs only)");
        }
        return task(s, vm, "Destroy_Task", "VirtualMachine.destroy",
                (t, c) -> ctx.vmOps.destroy(vm, Origin.CLIENT, completion(c, null)));
    }

    V.Ref enterMaintenance(Session s, Host h, int timeout) {
        return task(s, h, "EnterMaintenanceMode_Task", "HostSystem.enterMaintenanceMode",
                (t, c) -> ctx.hostOps.enterMaintenance(h, timeout, Origin.CLIENT, completion(c, null)));
    }

    V.Ref exitMaintenance(Session s, Host h) {
        return task(s, h, "ExitMaintenanceMode_Task", "HostSystem.exitMaintenanceMode",
                (t, c) -> ctx.hostOps.exitMaintenance(h, Origin.CLIENT, completion(c, null)));
    }

    V.Ref reboot(Session s, Host h, boolean force) {
        return task(s, h, "RebootHost_Task", "HostSystem.reboot",
                (t, c) -> ctx.hostOps.reboot(h, force, Origin.CLIENT, completion(c, null)));
    }

    V.Ref disconnect(Session s, Host h) {
        return task(s, h, "DisconnectHost_Task", "HostSystem.disconnect", (t, c) -> {
            ctx.hostOps.disconnect(h);
            c.success(null);
        });
    }

    V.Ref reconnect(Session s, Host h) {
        return task(s, h, "ReconnectHost_Task", "HostSystem.reconnect",
                (t, c) -> ctx.hostOps.reconnect(h, completion(c, null)));
    }

    V.Ref uninstallHostPatch(Session s, Host h, List<String> bulletinIds) {
        return task(s, h, "UninstallHostPatch_Task", "host.PatchManager.Uninstall",
                (t, c) -> ctx.hostOps.uninstallVibs(h, bulletinIds, completion(c, null)));
    }

    /** HostImageConfigManager.fetchSoftwarePackages: the VIBs running on the host now. */
    List<V> softwarePackages(Host h) throws SoapFault {
        if (!h.connected()) {
            throw Faults.hostNotConnected();
        }
        return h.vibs().stream().filter(InstalledVib::active).map(v -> (V) ctx.schema.build("SoftwarePackage")
                .str("name", v.name()).str("version", v.version()).enumv("type", "SoftwarePackageVibType",
                        "bootbank")
                .str("vendor", v.vendor()).str("acceptanceLevel", v.acceptanceLevel()).str("summary", v.summary())
                .str("description", v.summary()).time("creationDate", v.installDate())
                .bool("maintenanceModeRequired", v.maintenanceMode())
                .put("capability", ctx.schema.build("SoftwarePackageCapability")
                        .bool("liveInstallAllowed", v.liveInstall()).bool("liveRemoveAllowed", v.liveRemove())
                        .bool("statelessReady", true).bool("overlay", false).done())
                .done()).toList();
    }
}
