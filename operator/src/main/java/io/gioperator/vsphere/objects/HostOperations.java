package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.PropertyValue;
import io.gioperator.vsphere.types.SoftwarePackage;
import io.gioperator.vsphere.types.TaskInfo;
import io.gioperator.vsphere.vim.EntityMethods;
import java.time.Duration;
import java.util.List;

/**
 * The host operations of a Mux repair: list VIBs, remove one, maintenance mode in and out, reboot. Each task
 * operation waits for its task; a reboot's task ends when the host goes down, reconnection is the caller's wait.
 */
public final class HostOperations {

    private final EntityMethods entities;
    private final PropertyReader reader;
    private final TaskWaiter tasks;

    public HostOperations(EntityMethods entities, PropertyReader reader, TaskWaiter tasks) {
        this.entities = entities;
        this.reader = reader;
        this.tasks = tasks;
    }

    /** The VIBs installed on the host (name, version, vendor...). */
    public List<SoftwarePackage> installedVibs(MoRef host) {
        return entities.fetchSoftwarePackages(configManager(host, "imageConfigManager"));
    }

    /** Removes one VIB by name (e.g. "epsec-mux") and waits; a reboot is usually needed afterwards. */
    public TaskInfo removeVib(MoRef host, String vibName, Duration timeout) {
        MoRef patchManager = configManager(host, "patchManager");
        return tasks.await(entities.uninstallHostPatchTask(patchManager, List.of(vibName)), timeout);
    }

    /** {@code evacuatePoweredOffVms} null leaves the server default; the server gives up after {@code serverTimeoutSeconds} (0 = never). */
    public void enterMaintenanceMode(MoRef host, int serverTimeoutSeconds, Boolean evacuatePoweredOffVms,
                                     Duration wait) {
        tasks.await(entities.enterMaintenanceModeTask(host, serverTimeoutSeconds, evacuatePoweredOffVms), wait);
    }

    public void exitMaintenanceMode(MoRef host, int serverTimeoutSeconds, Duration wait) {
        tasks.await(entities.exitMaintenanceModeTask(host, serverTimeoutSeconds), wait);
    }

    public void reboot(MoRef host, boolean force, Duration wait) {
        tasks.await(entities.rebootHostTask(host, force), wait);
    }

    private MoRef configManager(MoRef host, String manager) {
        String path = "configManager." + manager;
        return reader.retrieveOne(host, path).property(path).map(PropertyValue::asMoRef)
                .orElseThrow(() -> new IllegalStateException("host " + host.value() + " has no " + path
                        + " (disconnected?)"));
    }
}
