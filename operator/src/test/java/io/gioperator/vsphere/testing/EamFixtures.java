package io.gioperator.vsphere.testing;

/** EAM payloads in WSDL field order, as vCenter 8.0 returns them. */
public final class EamFixtures {

    public static final String AGENCY = "Agency:7d3a1c52-1f4e-4d1b-9f0a-1c2d3e4f5a6b";
    public static final String AGENT = "Agent:1f0b6a8e-55d4-4c3e-a1b2-c3d4e5f60718";

    public static final String AGENCY_CONFIG = """
            <returnval xsi:type="AgencyConfigInfo">
            <agentConfig><productLineId>embeddedEsx</productLineId><hostVersion>7.0.*</hostVersion>
            <ovfPackageUrl>https://repo.lab/gi/sva-20.0.1.ovf</ovfPackageUrl>
            <ovfEnvironment><ovfProperty><key>dsm.host</key><value>dsm.lab</value></ovfProperty>
            <ovfProperty><key>dsm.port</key><value>4120</value></ovfProperty></ovfEnvironment>
            <vibUrl>https://repo.lab/gi/epsec-mux-offline-bundle.zip</vibUrl>
            <dvFilterEnabled>false</dvFilterEnabled><rebootHostAfterVibUninstall>false</rebootHostAfterVibUninstall>
            <vmciService>vmci-epsec</vmciService><ovfDiskProvisioning>thin</ovfDiskProvisioning>
            <vmStoragePolicies xsi:type="AgentVsanStoragePolicy"><profileId>aa6d5a82-1c88-45da-85d3-3d74b91a5bad</profileId></vmStoragePolicies>
            </agentConfig>
            <scope xsi:type="AgencyComputeResourceScope"><computeResource type="ClusterComputeResource">domain-c8</computeResource></scope>
            <manuallyMarkAgentVmAvailableAfterProvisioning>false</manuallyMarkAgentVmAvailableAfterProvisioning>
            <manuallyMarkAgentVmAvailableAfterPowerOn>true</manuallyMarkAgentVmAvailableAfterPowerOn>
            <optimizedDeploymentEnabled>true</optimizedDeploymentEnabled>
            <agentName>GI-SVA</agentName><agencyName>gi-3f1c-domain-c8</agencyName>
            <manuallyProvisioned>false</manuallyProvisioned><manuallyMonitored>false</manuallyMonitored>
            <bypassVumEnabled>false</bypassVumEnabled>
            <agentVmNetwork type="DistributedVirtualPortgroup">dvportgroup-21</agentVmNetwork>
            <agentVmDatastore type="Datastore">datastore-15</agentVmDatastore>
            <agentVmDatastore type="Datastore">datastore-16</agentVmDatastore>
            <preferHostConfiguration>false</preferHostConfiguration>
            <resourcePools><resourcePoolId type="ResourcePool">resgroup-30</resourcePoolId>
            <computeResourceId type="ClusterComputeResource">domain-c8</computeResourceId></resourcePools>
            <folders><folderId type="Folder">group-v22</folderId><datacenterId type="Datacenter">datacenter-3</datacenterId></folders>
            </returnval>""";

    /** Issue common fields for an agent issue on host-12 (WSDL order: Issue, AgencyIssue, AgentIssue). */
    public static String agentIssueFields(int key) {
        return "<key>" + key + "</key><description>Agent issue " + key + "</description>"
                + "<time>2024-05-02T09:40:00Z</time><agency type=\"Agency\">" + AGENCY + "</agency>"
                + "<agencyName>gi-3f1c-domain-c8</agencyName><solutionId>com.vmware.gi</solutionId>"
                + "<solutionName>Guest Introspection</solutionName><agent type=\"Agent\">" + AGENT + "</agent>"
                + "<agentName>GI-SVA (1)</agentName><host type=\"HostSystem\">host-12</host>"
                + "<hostName>esx-01.lab</hostName>";
    }

    public static final String AGENT_RUNTIME = "<returnval><status>red</status>"
            + "<issue xsi:type=\"VmPoweredOff\">" + agentIssueFields(41) + "<vm type=\"VirtualMachine\">vm-101</vm></issue>"
            + "<goalState>enabled</goalState><entity type=\"Agent\">" + AGENT + "</entity>"
            + "<vmPowerState>poweredOff</vmPowerState><receivingHeartBeat>false</receivingHeartBeat>"
            + "<host type=\"HostSystem\">host-12</host><vm type=\"VirtualMachine\">vm-101</vm>"
            + "<vmName>GI-SVA (1)</vmName><esxAgentResourcePool type=\"ResourcePool\">resgroup-30</esxAgentResourcePool>"
            + "<esxAgentFolder type=\"Folder\">group-v22</esxAgentFolder>"
            + "<installedVibs><id>VMware_bootbank_epsec-mux_7.0.3-0.0.21930508</id><name>epsec-mux</name>"
            + "<version>7.0.3-0.0.21930508</version><vendor>VMware</vendor><summary>ESX Endpoint multiplexer</summary>"
            + "<softwareTags><tags>module</tags></softwareTags><releaseDate>2023-06-01T00:00:00Z</releaseDate></installedVibs>"
            + "<agency type=\"Agency\">" + AGENCY + "</agency>"
            + "<vmHook><vm type=\"VirtualMachine\">vm-101</vm><vmState>poweredOn</vmState></vmHook></returnval>";

    private EamFixtures() {
    }
}
