package io.gioperator.simulator.depot;

import java.util.List;

/**
 * One artifact EAM can "download": an agent OVF (with the user-configurable properties it requires) or an offline
 * bundle holding one VIB (with its install/remove requirements and the ESXi versions it supports).
 *
 * @param hostVersions version patterns ({@code 8.*}, {@code 7.0.3}); empty means any host
 * @param needsNetwork whether the OVF has a NIC (an agent network must be chosen)
 */
public record CatalogueEntry(String url, Kind kind, String name, String version, String vendor, String productName,
        List<String> requiredProperties, VibInstall install, boolean liveRemove, List<String> hostVersions,
        boolean needsNetwork) {

    public enum Kind { OVF, VIB }

    /** What installing the VIB demands of the host. */
    public enum VibInstall { LIVE, MAINTENANCE_MODE, REBOOT }

    public CatalogueEntry {
        requiredProperties = List.copyOf(requiredProperties);
        hostVersions = List.copyOf(hostVersions);
    }

    public static CatalogueEntry ovf(String url, String name, String version, String vendor, String productName,
            List<String> requiredProperties) {
        return new CatalogueEntry(url, Kind.OVF, name, version, vendor, productName, requiredProperties,
                VibInstall.LIVE, true, List.of(), true);
    }

    public static CatalogueEntry vib(String url, String name, String version, String vendor, VibInstall install,
            boolean liveRemove, List<String> hostVersions) {
        return new CatalogueEntry(url, Kind.VIB, name, version, vendor, name + " " + version, List.of(), install,
                liveRemove, hostVersions, false);
    }

    /** The VIB id as esxcli shows it, e.g. {@code VMware_bootbank_epsec-mux_8.0.2}. */
    public String vibId() {
        return vendor.replace(' ', '_') + "_bootbank_" + name + "_" + version;
    }
}
