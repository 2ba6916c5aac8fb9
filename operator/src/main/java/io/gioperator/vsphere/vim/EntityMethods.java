package io.gioperator.vsphere.vim;

import io.gioperator.vsphere.soap.SoapInvoker;
import io.gioperator.vsphere.soap.SoapRequest;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.SoftwarePackage;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * vim25 operations on VMs and hosts that an agent repair needs: power, destroy, maintenance mode, reboot, and the
 * host's installed VIBs (HostImageConfigManager) and their removal (HostPatchManager). Task operations return the
 * Task reference; {@code io.gioperator.vsphere.objects.TaskWaiter} waits for it.
 */
public final class EntityMethods {

    private final SoapInvoker soap;

    public EntityMethods(SoapInvoker soap) {
        this.soap = soap;
    }

    public MoRef powerOffVmTask(MoRef vm) {
        return task(SoapRequest.of("PowerOffVM_Task", vm));
    }

    /** {@code host} may be null (the VM's current host). */
    public MoRef powerOnVmTask(MoRef vm, MoRef host) {
        return task(SoapRequest.of("PowerOnVM_Task", vm, w -> MoRef.writeOptional(w, "host", host)));
    }

    /** ManagedEntity.Destroy_Task: for a VM, deletes it from disk. */
    public MoRef destroyTask(MoRef entity) {
        return task(SoapRequest.of("Destroy_Task", entity));
    }

    /** {@code timeoutSeconds} 0 = no timeout; {@code evacuatePoweredOffVms} may be null (server default). */
    public MoRef enterMaintenanceModeTask(MoRef host, int timeoutSeconds, Boolean evacuatePoweredOffVms) {
        return task(SoapRequest.of("EnterMaintenanceMode_Task", host,
                w -> w.element("timeout", timeoutSeconds).optional("evacuatePoweredOffVms", evacuatePoweredOffVms)));
    }

    public MoRef exitMaintenanceModeTask(MoRef host, int timeoutSeconds) {
        return task(SoapRequest.of("ExitMaintenanceMode_Task", host, w -> w.element("timeout", timeoutSeconds)));
    }

    /** {@code force}: reboot even when the host is not in maintenance mode. */
    public MoRef rebootHostTask(MoRef host, boolean force) {
        return task(SoapRequest.of("RebootHost_Task", host, w -> w.element("force", force)));
    }

    /** HostImageConfigManager.fetchSoftwarePackages (the wire name starts lower-case): the host's VIBs. */
    public List<SoftwarePackage> fetchSoftwarePackages(MoRef imageConfigManager) {
        return soap.invoke(SoapRequest.of("fetchSoftwarePackages", imageConfigManager), r -> {
            List<SoftwarePackage> packages = new ArrayList<>();
            for (XmlElement p : r.children("returnval")) {
                packages.add(SoftwarePackage.from(p));
            }
            return packages;
        });
    }

    /** HostPatchManager.UninstallHostPatch_Task: removes the named VIBs/bulletins. */
    public MoRef uninstallHostPatchTask(MoRef patchManager, List<String> bulletinIds) {
        return task(SoapRequest.of("UninstallHostPatch_Task", patchManager, w -> w.repeated("bulletinIds", bulletinIds)));
    }

    private MoRef task(SoapRequest request) {
        return soap.invoke(request, r -> MoRef.from(VimMethods.returnval(r)));
    }
}
