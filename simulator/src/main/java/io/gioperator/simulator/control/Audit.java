package io.gioperator.simulator.control;

import io.gioperator.simulator.eam.AgencySnapshot;
import java.util.List;
import java.util.Map;

/**
 * Everything that exists in the simulation at one instant, so that tests can prove nothing leaked: agencies (with
 * goal, status, agents), every VM marked by its owner agency, hosts with their VIBs, partner registrations,
 * sessions, and session-scoped vim objects.
 */
public record Audit(String at, List<AgencySnapshot> agencies, List<VmEntry> vms, List<HostEntry> hosts,
        List<Map<String, Object>> partnerRegistrations, List<SessionEntry> sessions, Objects objects,
        String maintenanceModePolicy) {

    /** A VM; {@code ownerAgency} is the agency id for EAM agent VMs, null for other VMs. */
    public record VmEntry(String id, String name, String host, String cluster, String folder, String resourcePool,
            String datastore, String network, String powerState, String ipAddress, String ownerAgency,
            boolean corrupted, boolean heartbeatCut) {
    }

    public record HostEntry(String id, String name, String cluster, String version, String build,
            String connectionState, boolean inMaintenanceMode, boolean rebootRequired, List<VibEntry> vibs) {
    }

    /** A VIB; {@code installedBy} is the agency id when EAM installed it. */
    public record VibEntry(String id, String name, String version, String installedBy, boolean pendingRemoval,
            boolean pendingInstall) {
    }

    /** A session, identified by a non-secret label (never the cookie). */
    public record SessionEntry(String label, String user, String loginTime, String lastActive) {
    }

    public record Objects(int containerViews, int propertyCollectors, int tasks) {
    }

    /** The agency with that name (first match), for tests. */
    public AgencySnapshot agency(String agencyName) {
        return agencies.stream().filter(a -> agencyName.equals(a.agencyName())).findFirst().orElse(null);
    }

    public List<VmEntry> vmsOwnedBy(String agencyId) {
        return vms.stream().filter(v -> agencyId.equals(v.ownerAgency())).toList();
    }

    public HostEntry host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst().orElse(null);
    }
}
