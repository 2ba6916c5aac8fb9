package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * EAM AgencyConfigInfo, written in WSDL order: agentConfig, scope, the two MarkAsAvailable hooks,
 * optimizedDeploymentEnabled, agentName, agencyName, useUuidVmName (7.5; only sent when set), agentVmNetwork,
 * agentVmDatastore, preferHostConfiguration, resourcePools, folders. Deprecated fields (manuallyProvisioned,
 * manuallyMonitored, bypassVumEnabled, ipPool) are not modelled. Update replaces the whole config: read it
 * (QueryConfig), change it with {@link #toBuilder()}, send it complete.
 */
public record AgencyConfigInfo(List<AgentConfigInfo> agentConfig, AgencyScope scope,
                               Boolean manuallyMarkAgentVmAvailableAfterProvisioning,
                               Boolean manuallyMarkAgentVmAvailableAfterPowerOn, Boolean optimizedDeploymentEnabled,
                               String agentName, String agencyName, Boolean useUuidVmName,
                               List<MoRef> agentVmNetwork, List<MoRef> agentVmDatastore,
                               Boolean preferHostConfiguration, List<AgencyVmResourcePool> resourcePools,
                               List<AgencyVmFolder> folders) {

    public AgencyConfigInfo {
        agentConfig = agentConfig == null ? List.of() : List.copyOf(agentConfig);
        agentVmNetwork = agentVmNetwork == null ? List.of() : List.copyOf(agentVmNetwork);
        agentVmDatastore = agentVmDatastore == null ? List.of() : List.copyOf(agentVmDatastore);
        resourcePools = resourcePools == null ? List.of() : List.copyOf(resourcePools);
        folders = folders == null ? List.of() : List.copyOf(folders);
    }

    public static AgencyConfigInfoBuilder builder() {
        return new AgencyConfigInfoBuilder();
    }

    public AgencyConfigInfoBuilder toBuilder() {
        return new AgencyConfigInfoBuilder(this);
    }

    /**
     * The EAM API version a request carrying this config must announce in its SOAPAction: "8.2" when an agent
     * config carries an SSL trust, else null (the endpoint's default). Older servers reject unknown elements.
     */
    public String requiredApiVersion() {
        return agentConfig.stream().anyMatch(AgentConfigInfo::requiresEam82) ? AgentSslTrust.SINCE_VERSION : null;
    }

    public static AgencyConfigInfo from(XmlElement e) {
        List<AgentConfigInfo> agents = new ArrayList<>();
        for (XmlElement agent : e.children("agentConfig")) {
            agents.add(AgentConfigInfo.from(agent));
        }
        List<AgencyVmResourcePool> pools = new ArrayList<>();
        for (XmlElement pool : e.children("resourcePools")) {
            pools.add(AgencyVmResourcePool.from(pool));
        }
        List<AgencyVmFolder> folders = new ArrayList<>();
        for (XmlElement folder : e.children("folders")) {
            folders.add(AgencyVmFolder.from(folder));
        }
        XmlElement scope = e.child("scope");
        return new AgencyConfigInfo(agents, scope == null ? null : AgencyScope.from(scope),
                e.childBoolean("manuallyMarkAgentVmAvailableAfterProvisioning"),
                e.childBoolean("manuallyMarkAgentVmAvailableAfterPowerOn"),
                e.childBoolean("optimizedDeploymentEnabled"), e.childText("agentName"), e.childText("agencyName"),
                e.childBoolean("useUuidVmName"), MoRef.children(e, "agentVmNetwork"),
                MoRef.children(e, "agentVmDatastore"), e.childBoolean("preferHostConfiguration"), pools, folders);
    }

    public void write(XmlWriter w, String name) {
        w.start(name);
        for (AgentConfigInfo agent : agentConfig) {
            agent.write(w, "agentConfig");
        }
        if (scope != null) {
            scope.write(w, "scope");
        }
        w.optional("manuallyMarkAgentVmAvailableAfterProvisioning", manuallyMarkAgentVmAvailableAfterProvisioning)
                .optional("manuallyMarkAgentVmAvailableAfterPowerOn", manuallyMarkAgentVmAvailableAfterPowerOn)
                .optional("optimizedDeploymentEnabled", optimizedDeploymentEnabled)
                .optional("agentName", agentName).optional("agencyName", agencyName)
                .optional("useUuidVmName", useUuidVmName);
        MoRef.writeAll(w, "agentVmNetwork", agentVmNetwork);
        MoRef.writeAll(w, "agentVmDatastore", agentVmDatastore);
        w.optional("preferHostConfiguration", preferHostConfiguration);
        for (AgencyVmResourcePool pool : resourcePools) {
            pool.write(w, "resourcePools");
        }
        for (AgencyVmFolder folder : folders) {
            folder.write(w, "folders");
        }
        w.end();
    }
}
