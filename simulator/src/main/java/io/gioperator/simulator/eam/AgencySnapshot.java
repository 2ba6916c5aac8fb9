package io.gioperator.simulator.eam;

import java.util.List;

/**
 * What exists in EAM, for the audit: an agency with its identity, goal, status, scope, artifact URLs and agents.
 * {@code destroyed} agencies are gone from the API but still removing their agents' VMs and VIBs. OVF property
 * values are left out (they may hold secrets such as manager tokens).
 */
public record AgencySnapshot(String id, String agencyName, String solutionId, String owner, String goalState,
        String status, boolean destroyed, List<String> scope, List<String> ovfUrls, List<String> vibUrls,
        List<String> ovfPropertyKeys, List<AgentSnapshot> agents) {

    /** One agent: host, VM, status and open issues (type#key). */
    public record AgentSnapshot(String id, String host, String vm, String vmName, String status, String goalState,
            List<String> issues) {
    }
}
