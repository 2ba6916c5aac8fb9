package io.gioperator.vsphere.eam;

import static io.gioperator.vsphere.testing.EamFixtures.AGENCY;
import static io.gioperator.vsphere.testing.EamFixtures.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.soap.InvalidAgentConfigurationFault;
import io.gioperator.vsphere.soap.ManagedObjectNotFoundFault;
import io.gioperator.vsphere.testing.EamFixtures;
import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.VmPowerState;
import io.gioperator.vsphere.types.eam.AgencyConfigInfo;
import io.gioperator.vsphere.types.eam.AgencyScope;
import io.gioperator.vsphere.types.eam.AgencyVmFolder;
import io.gioperator.vsphere.types.eam.AgencyVmResourcePool;
import io.gioperator.vsphere.types.eam.AgentConfigInfo;
import io.gioperator.vsphere.types.eam.AgentRuntimeInfo;
import io.gioperator.vsphere.types.eam.EamObjectRuntimeInfo;
import io.gioperator.vsphere.types.eam.EamStatus;
import io.gioperator.vsphere.types.eam.GoalState;
import io.gioperator.vsphere.types.eam.OvfProperty;
import io.gioperator.vsphere.types.eam.issue.VmPoweredOff;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EamMethodsTest {

    private static final MoRef AGENCY_REF = MoRef.of("Agency", AGENCY);
    private static final MoRef AGENT_REF = MoRef.of("Agent", AGENT);
    private final FakeVCenter vc = new FakeVCenter();
    private final TestClients.Connected c = TestClients.connect(vc);
    private final EamMethods eam = c.connection().eam();

    @AfterEach
    void stop() {
        c.close();
        vc.close();
    }

    private static AgencyConfigInfo desired() {
        AgentConfigInfo agent = AgentConfigInfo.of("https://repo.lab/gi/sva-20.0.1.ovf",
                List.of(new OvfProperty("dsm.host", "dsm.lab")), "https://repo.lab/gi/epsec-mux-offline-bundle.zip")
                .withOvfDiskProvisioning("thin");
        return AgencyConfigInfo.builder().agentConfig(List.of(agent))
                .scope(AgencyScope.cluster(MoRef.of("ClusterComputeResource", "domain-c8")))
                .manuallyMarkAgentVmAvailableAfterPowerOn(true)
                .agentName("GI-SVA").agencyName("gi-3f1c-domain-c8")
                .agentVmNetwork(List.of(MoRef.of("DistributedVirtualPortgroup", "dvportgroup-21")))
                .agentVmDatastore(List.of(MoRef.of("Datastore", "datastore-15")))
                .folders(List.of(new AgencyVmFolder(MoRef.of("Folder", "group-v22"), MoRef.of("Datacenter", "datacenter-3"))))
                .build();
    }

    @Test
    void createAgencyWritesTheConfigInWsdlOrder() {
        vc.enqueue("CreateAgency", Soap.eam("CreateAgency", "<returnval type=\"Agency\">" + AGENCY + "</returnval>"));

        MoRef agency = eam.createAgency(desired(), GoalState.ENABLED);

        assertThat(agency).isEqualTo(AGENCY_REF);
        SoapCall call = vc.only("CreateAgency");
        assertThat(call.path()).isEqualTo("/eam/sdk");
        assertThat(call.namespace()).isEqualTo("urn:eam");
        assertThat(call.thisType()).isEqualTo("EsxAgentManager");
        assertThat(call.thisValue()).isEqualTo("EsxAgentManager");
        assertThat(call.paramNames()).containsExactly("_this", "agencyConfigInfo", "initialGoalState");
        assertThat(call.text("initialGoalState")).isEqualTo("enabled");
        assertThat(call.childNames("agencyConfigInfo")).containsExactly("agentConfig", "scope",
                "manuallyMarkAgentVmAvailableAfterPowerOn", "agentName", "agencyName", "agentVmNetwork",
                "agentVmDatastore", "folders");
        assertThat(call.childNames("agencyConfigInfo/agentConfig")).containsExactly("ovfPackageUrl",
                "ovfEnvironment", "vibUrl", "ovfDiskProvisioning");
        assertThat(call.childNames("agencyConfigInfo/agentConfig/ovfEnvironment/ovfProperty"))
                .containsExactly("key", "value");
        assertThat(call.xsiType("agencyConfigInfo/scope")).isEqualTo("AgencyComputeResourceScope");
        assertThat(call.element("agencyConfigInfo/scope/computeResource").getAttribute("type"))
                .isEqualTo("ClusterComputeResource");
        assertThat(call.text("agencyConfigInfo/scope/computeResource")).isEqualTo("domain-c8");
        assertThat(call.element("agencyConfigInfo/agentVmNetwork").getAttribute("type"))
                .isEqualTo("DistributedVirtualPortgroup");
        assertThat(call.childNames("agencyConfigInfo/folders")).containsExactly("folderId", "datacenterId");
    }

    @Test
    void queryConfigParsesEveryModelledFieldAndUpdateSendsItBack() {
        vc.enqueue("QueryConfig", Soap.eam("QueryConfig", EamFixtures.AGENCY_CONFIG));
        vc.enqueue("Update", Soap.eam("Update", ""));

        AgencyConfigInfo config = eam.queryConfig(AGENCY_REF);

        assertThat(config.agencyName()).isEqualTo("gi-3f1c-domain-c8");
        assertThat(config.agentName()).isEqualTo("GI-SVA");
        assertThat(config.scope()).isEqualTo(AgencyScope.cluster(MoRef.of("ClusterComputeResource", "domain-c8")));
        assertThat(config.manuallyMarkAgentVmAvailableAfterPowerOn()).isTrue();
        assertThat(config.optimizedDeploymentEnabled()).isTrue();
        assertThat(config.agentVmDatastore()).extracting(MoRef::value).containsExactly("datastore-15", "datastore-16");
        assertThat(config.resourcePools()).containsExactly(new AgencyVmResourcePool(
                MoRef.of("ResourcePool", "resgroup-30"), MoRef.of("ClusterComputeResource", "domain-c8")));
        AgentConfigInfo agent = config.agentConfig().get(0);
        assertThat(agent.hostVersion()).isEqualTo("7.0.*");
        assertThat(agent.ovfEnvironment()).containsExactly(new OvfProperty("dsm.host", "dsm.lab"),
                new OvfProperty("dsm.port", "4120"));
        assertThat(agent.vibUrl()).endsWith("epsec-mux-offline-bundle.zip");
        assertThat(agent.vmciService()).containsExactly("vmci-epsec");
        assertThat(agent.vsanStoragePolicyIds()).containsExactly("aa6d5a82-1c88-45da-85d3-3d74b91a5bad");

        eam.update(AGENCY_REF, config.toBuilder().agentName("GI-SVA-2").build());

        SoapCall update = vc.only("Update");
        assertThat(update.thisType()).isEqualTo("Agency");
        assertThat(update.paramNames()).containsExactly("_this", "config");
        assertThat(update.text("config/agentName")).isEqualTo("GI-SVA-2");
        assertThat(update.childNames("config/agentConfig")).containsExactly("productLineId", "hostVersion",
                "ovfPackageUrl", "ovfEnvironment", "vibUrl", "vmciService", "ovfDiskProvisioning", "vmStoragePolicies");
        assertThat(update.xsiType("config/agentConfig/vmStoragePolicies")).isEqualTo("AgentVsanStoragePolicy");
        assertThat(update.childNames("config")).containsExactly("agentConfig", "scope",
                "manuallyMarkAgentVmAvailableAfterProvisioning", "manuallyMarkAgentVmAvailableAfterPowerOn",
                "optimizedDeploymentEnabled", "agentName", "agencyName", "agentVmNetwork", "agentVmDatastore",
                "agentVmDatastore", "preferHostConfiguration", "resourcePools", "folders");
    }

    @Test
    void agencyRuntimeCarriesStatusGoalAndIssues() {
        vc.enqueue("AgencyQueryRuntime", Soap.eam("AgencyQueryRuntime", "<returnval xsi:type=\"EamObjectRuntimeInfo\">"
                + "<status>yellow</status><issue xsi:type=\"VmPoweredOff\">" + EamFixtures.agentIssueFields(41)
                + "<vm type=\"VirtualMachine\">vm-101</vm></issue><goalState>enabled</goalState>"
                + "<entity type=\"Agency\">" + AGENCY + "</entity></returnval>"));
        vc.enqueue("AgencyQueryRuntime", Soap.eam("AgencyQueryRuntime", "<returnval xsi:type=\"EamObjectRuntimeInfo\">"
                + "<status>green</status><goalState>uninstalled</goalState>"
                + "<entity type=\"Agency\">" + AGENCY + "</entity></returnval>"));

        EamObjectRuntimeInfo runtime = eam.agencyQueryRuntime(AGENCY_REF);
        EamObjectRuntimeInfo uninstalled = eam.agencyQueryRuntime(AGENCY_REF);

        assertThat(runtime.status()).isEqualTo(EamStatus.YELLOW);
        assertThat(runtime.goalState()).isEqualTo(GoalState.ENABLED);
        assertThat(runtime.entity()).isEqualTo(AGENCY_REF);
        assertThat(runtime.issues()).singleElement().isInstanceOfSatisfying(VmPoweredOff.class, i -> {
            assertThat(i.key()).isEqualTo(41);
            assertThat(i.vm()).isEqualTo(MoRef.of("VirtualMachine", "vm-101"));
            assertThat(i.hostName()).isEqualTo("esx-01.lab");
        });
        assertThat(uninstalled.issues()).isEmpty();
        assertThat(uninstalled.goalState()).isEqualTo(GoalState.UNINSTALLED);
        assertThat(uninstalled.status()).isEqualTo(EamStatus.GREEN);
    }

    @Test
    void agentsTheirRuntimeAndConfig() {
        vc.enqueue("QueryAgent", Soap.eam("QueryAgent", "<returnval type=\"Agent\">" + AGENT + "</returnval>"
                + "<returnval type=\"Agent\">Agent:2</returnval>"));
        vc.enqueue("QueryAgent", Soap.eam("QueryAgent", ""));
        vc.enqueue("AgentQueryRuntime", Soap.eam("AgentQueryRuntime", EamFixtures.AGENT_RUNTIME));
        vc.enqueue("AgentQueryConfig", Soap.eam("AgentQueryConfig", "<returnval><ovfPackageUrl>https://repo.lab/gi/"
                + "sva-20.0.1.ovf</ovfPackageUrl><vibUrl>https://repo.lab/gi/epsec-mux-offline-bundle.zip</vibUrl>"
                + "</returnval>"));
        vc.enqueue("MarkAsAvailable", Soap.eam("MarkAsAvailable", ""));

        assertThat(eam.queryAgent(AGENCY_REF)).containsExactly(AGENT_REF, MoRef.of("Agent", "Agent:2"));
        assertThat(eam.queryAgent(AGENCY_REF)).isEmpty();
        AgentRuntimeInfo runtime = eam.agentQueryRuntime(AGENT_REF);
        AgentConfigInfo config = eam.agentQueryConfig(AGENT_REF);
        eam.markAsAvailable(AGENT_REF);

        assertThat(runtime.status()).isEqualTo(EamStatus.RED);
        assertThat(runtime.vm()).isEqualTo(MoRef.of("VirtualMachine", "vm-101"));
        assertThat(runtime.host()).isEqualTo(MoRef.of("HostSystem", "host-12"));
        assertThat(runtime.vmPowerState()).isEqualTo(VmPowerState.POWERED_OFF);
        assertThat(runtime.receivingHeartBeat()).isFalse();
        assertThat(runtime.vmName()).isEqualTo("GI-SVA (1)");
        assertThat(runtime.installedVibs()).singleElement().satisfies(vib -> {
            assertThat(vib.name()).isEqualTo("epsec-mux");
            assertThat(vib.version()).isEqualTo("7.0.3-0.0.21930508");
        });
        assertThat(runtime.agency()).isEqualTo(AGENCY_REF);
        assertThat(runtime.vmHook().vmState()).isEqualTo("poweredOn");
        assertThat(runtime.issues()).hasSize(1);
        assertThat(config.ovfPackageUrl()).endsWith("sva-20.0.1.ovf");
        assertThat(config.ovfEnvironment()).isEmpty();
        assertThat(vc.only("AgentQueryRuntime").thisType()).isEqualTo("Agent");
        assertThat(vc.only("AgentQueryConfig").thisValue()).isEqualTo(AGENT);
        assertThat(vc.only("MarkAsAvailable").paramNames()).containsExactly("_this");
    }

    @Test
    void goalStateChangesAndDestruction() {
        for (String method : List.of("Agency_Enable", "Agency_Disable", "Uninstall", "DestroyAgency")) {
            vc.enqueue(method, Soap.eam(method, ""));
        }
        vc.enqueue("QuerySolutionId", Soap.eam("QuerySolutionId", "<returnval>com.vmware.gi</returnval>"));
        vc.enqueue("AgencyQueryRuntime", Soap.fault("ManagedObjectNotFound", "urn:vim25",
                "The object has already been deleted or has not been completely created",
                "<obj type=\"Agency\">" + AGENCY + "</obj>"));

        eam.agencyEnable(AGENCY_REF);
        eam.agencyDisable(AGENCY_REF);
        eam.uninstall(AGENCY_REF);
        eam.destroyAgency(AGENCY_REF);
        assertThat(eam.querySolutionId(AGENCY_REF)).isEqualTo("com.vmware.gi");
        assertThatThrownBy(() -> eam.agencyQueryRuntime(AGENCY_REF))
                .isInstanceOfSatisfying(ManagedObjectNotFoundFault.class,
                        f -> assertThat(f.object()).isEqualTo(AGENCY_REF));

        assertThat(vc.names()).containsSubsequence("Agency_Enable", "Agency_Disable", "Uninstall", "DestroyAgency",
                "QuerySolutionId");
        for (String method : List.of("Agency_Enable", "Agency_Disable", "Uninstall", "DestroyAgency")) {
            assertThat(vc.only(method).thisType()).isEqualTo("Agency");
            assertThat(vc.only(method).paramNames()).containsExactly("_this");
        }
    }

    @Test
    void issuesAreQueriedAndResolved() {
        vc.enqueue("QueryIssue", Soap.eam("QueryIssue", "<returnval xsi:type=\"CannotAccessAgentOVF\">"
                + EamFixtures.agentIssueFields(7) + "<downloadUrl>https://repo.lab/gi/sva.ovf</downloadUrl></returnval>"));
        vc.enqueue("QueryIssue", Soap.eam("QueryIssue", ""));
        vc.enqueue("Resolve", Soap.eam("Resolve", "<returnval>8</returnval>"));
        vc.enqueue("ResolveAll", Soap.eam("ResolveAll", ""));

        assertThat(eam.queryIssue(AGENCY_REF, List.of())).singleElement()
                .satisfies(i -> assertThat(i.wireType()).isEqualTo("CannotAccessAgentOVF"));
        assertThat(eam.queryIssue(AGENT_REF, List.of(1, 2))).isEmpty();
        assertThat(eam.resolve(AGENCY_REF, List.of(7, 8))).containsExactly(8);
        eam.resolveAll(AGENCY_REF);

        assertThat(vc.calls("QueryIssue").get(0).paramNames()).containsExactly("_this");
        assertThat(vc.calls("QueryIssue").get(1).texts("issueKey")).containsExactly("1", "2");
        assertThat(vc.only("Resolve").paramNames()).containsExactly("_this", "issueKey", "issueKey");
        assertThat(vc.only("ResolveAll").thisValue()).isEqualTo(AGENCY);
        assertThatThrownBy(() -> eam.resolve(AGENCY_REF, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maintenanceModePolicyUsesTheEam74SoapAction() {
        vc.enqueue("GetMaintenanceModePolicy", Soap.eam("GetMaintenanceModePolicy", "<returnval>multipleHosts</returnval>"));
        vc.enqueue("SetMaintenanceModePolicy", Soap.eam("SetMaintenanceModePolicy", ""));

        assertThat(eam.getMaintenanceModePolicy()).isEqualTo(MaintenanceModePolicy.MULTIPLE_HOSTS);
        eam.setMaintenanceModePolicy(MaintenanceModePolicy.SINGLE_HOST);

        SoapCall set = vc.only("SetMaintenanceModePolicy");
        assertThat(set.soapAction()).isEqualTo("\"urn:eam/7.4\"");
        assertThat(set.thisType()).isEqualTo("EsxAgentManager");
        assertThat(set.text("policy")).isEqualTo("singleHost");
        assertThat(vc.only("GetMaintenanceModePolicy").soapAction()).isEqualTo("\"urn:eam/7.4\"");
    }

    @Test
    void invalidAgentConfigurationIsTyped() {
        vc.enqueue("CreateAgency", Soap.fault("InvalidAgentConfiguration", "urn:eam",
                "Invalid agent configuration", "<invalidField>ovfPackageUrl</invalidField>"));
        assertThatThrownBy(() -> eam.createAgency(desired(), GoalState.ENABLED))
                .isInstanceOfSatisfying(InvalidAgentConfigurationFault.class,
                        f -> assertThat(f.invalidField()).isEqualTo("ovfPackageUrl"));
    }
}
