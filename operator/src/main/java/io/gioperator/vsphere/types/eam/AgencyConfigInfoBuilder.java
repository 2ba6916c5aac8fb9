package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.types.MoRef;
import java.util.List;

/** Builds an {@link AgencyConfigInfo}; unset fields are not sent. */
public final class AgencyConfigInfoBuilder {

    private List<AgentConfigInfo> agentConfig = List.of();
    private AgencyScope scope;
    private Boolean markAfterProvisioning;
    private Boolean markAfterPowerOn;
    private Boolean optimizedDeploymentEnabled;
    private String agentName;
    private String agencyName;
    private Boolean useUuidVmName;
    private List<MoRef> agentVmNetwork = List.of();
    private List<MoRef> agentVmDatastore = List.of();
    private Boolean preferHostConfiguration;
    private List<AgencyVmResourcePool> resourcePools = List.of();
    private List<AgencyVmFolder> folders = List.of();

    AgencyConfigInfoBuilder() {
    }

    AgencyConfigInfoBuilder(AgencyConfigInfo c) {
        agentConfig = c.agentConfig();
        scope = c.scope();
        markAfterProvisioning = c.manuallyMarkAgentVmAvailableAfterProvisioning();
        markAfterPowerOn = c.manuallyMarkAgentVmAvailableAfterPowerOn();
        optimizedDeploymentEnabled = c.optimizedDeploymentEnabled();
        agentName = c.agentName();
        agencyName = c.agencyName();
        useUuidVmName = c.useUuidVmName();
        agentVmNetwork = c.agentVmNetwork();
        agentVmDatastore = c.agentVmDatastore();
        preferHostConfiguration = c.preferHostConfiguration();
        resourcePools = c.resourcePools();
        folders = c.folders();
    }

    public AgencyConfigInfoBuilder agentConfig(List<AgentConfigInfo> value) {
        agentConfig = value;
        return this;
    }

    public AgencyConfigInfoBuilder scope(AgencyScope value) {
        scope = value;
        return this;
    }

    public AgencyConfigInfoBuilder manuallyMarkAgentVmAvailableAfterProvisioning(Boolean value) {
        markAfterProvisioning = value;
        return this;
    }

    public AgencyConfigInfoBuilder manuallyMarkAgentVmAvailableAfterPowerOn(Boolean value) {
        markAfterPowerOn = value;
        return this;
    }

    public AgencyConfigInfoBuilder optimizedDeploymentEnabled(Boolean value) {
        optimizedDeploymentEnabled = value;
        return this;
    }

    public AgencyConfigInfoBuilder agentName(String value) {
        agentName = value;
        return this;
    }

    public AgencyConfigInfoBuilder agencyName(String value) {
        agencyName = value;
        return this;
    }

    public AgencyConfigInfoBuilder useUuidVmName(Boolean value) {
        useUuidVmName = value;
        return this;
    }

    public AgencyConfigInfoBuilder agentVmNetwork(List<MoRef> value) {
        agentVmNetwork = value;
        return this;
    }

    public AgencyConfigInfoBuilder agentVmDatastore(List<MoRef> value) {
        agentVmDatastore = value;
        return this;
    }

    public AgencyConfigInfoBuilder preferHostConfiguration(Boolean value) {
        preferHostConfiguration = value;
        return this;
    }

    public AgencyConfigInfoBuilder resourcePools(List<AgencyVmResourcePool> value) {
        resourcePools = value;
        return this;
    }

    public AgencyConfigInfoBuilder folders(List<AgencyVmFolder> value) {
        folders = value;
        return this;
    }

    public AgencyConfigInfo build() {
        return new AgencyConfigInfo(agentConfig, scope, markAfterProvisioning, markAfterPowerOn,
                optimizedDeploymentEnabled, agentName, agencyName, useUuidVmName, agentVmNetwork, agentVmDatastore,
                preferHostConfiguration, resourcePools, folders);
    }
}
