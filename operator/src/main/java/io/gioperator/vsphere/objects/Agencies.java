package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.eam.EamMethods;
import io.gioperator.vsphere.soap.ManagedObjectNotFoundFault;
import io.gioperator.vsphere.types.MoRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agencies of this EAM and their agents. A session of a plain user sees every solution's agencies (vCLS, NSX,
 * vSAN...): always select by agency name, never "the first one". Objects that vanish between the listing and the
 * detail call are skipped.
 */
public final class Agencies {

    private final EamMethods eam;

    public Agencies(EamMethods eam) {
        this.eam = eam;
    }

    public List<AgencySummary> list() {
        List<AgencySummary> agencies = new ArrayList<>();
        for (MoRef agency : eam.queryAgency()) {
            try {
                agencies.add(new AgencySummary(agency, eam.queryConfig(agency)));
            } catch (ManagedObjectNotFoundFault gone) {
                // destroyed in the meantime
            }
        }
        return agencies;
    }

    /** The agency with exactly this name, if any. */
    public Optional<AgencySummary> findByName(String agencyName) {
        return list().stream().filter(a -> agencyName.equals(a.agencyName())).findFirst();
    }

    /** The agents of an agency with their runtime info. */
    public List<AgentSummary> agents(MoRef agency) {
        List<AgentSummary> agents = new ArrayList<>();
        for (MoRef agent : eam.queryAgent(agency)) {
            try {
                agents.add(new AgentSummary(agent, eam.agentQueryRuntime(agent)));
            } catch (ManagedObjectNotFoundFault gone) {
                // removed in the meantime (host left the scope)
            }
        }
        return agents;
    }
}
