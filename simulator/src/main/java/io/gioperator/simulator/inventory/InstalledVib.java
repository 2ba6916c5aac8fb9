package io.gioperator.simulator.inventory;

import java.time.Instant;

/**
 * A VIB on a host. {@code pendingRemoval} means removed but awaiting reboot; {@code pendingInstall} means staged
 * and awaiting reboot. {@code installedBy} is the agency id when EAM installed it.
 */
public record InstalledVib(String id, String name, String version, String vendor, String summary,
        String acceptanceLevel, Instant installDate, boolean liveInstall, boolean liveRemove, boolean maintenanceMode,
        String installedBy, boolean pendingRemoval, boolean pendingInstall) {

    public InstalledVib withPendingRemoval() {
        return new InstalledVib(id, name, version, vendor, summary, acceptanceLevel, installDate, liveInstall,
                liveRemove, maintenanceMode, installedBy, true, pendingInstall);
    }

    public InstalledVib activated() {
        return new InstalledVib(id, name, version, vendor, summary, acceptanceLevel, installDate, liveInstall,
                liveRemove, maintenanceMode, installedBy, pendingRemoval, false);
    }

    /** Whether the VIB is active on the running host (installed and not waiting for a reboot to appear). */
    public boolean active() {
        return !pendingInstall;
    }

    public static InstalledVib base(String name, String version, Instant installDate) {
        return new InstalledVib("VMware_bootbank_" + name + "_" + version, name, version, "VMware",
                "ESXi base component " + name, "vmware_certified", installDate, false, false, true, null, false,
                false);
    }
}
