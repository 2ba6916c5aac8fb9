package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.core.EventLog;
import io.gioperator.simulator.support.Await;
import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EamLifecycleTest {
    Simulator sim;
    VimApi vim;
    EamApi eam;
    EamApi.Placement c1;

    @BeforeEach
    void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(2, 3).build());
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        vim = new VimApi(soap);
        eam = new EamApi(soap);
        c1 = EamApi.Placement.of(vim, "Cluster-01", "vsanDatastore-01");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Ref deployed(String ovf, String vib) {
        Ref agency = eam.create(EamApi.config("agencyConfigInfo", "gi-c1", c1, ovf, vib, true));
        eam.awaitStatus(agency, "green");
        return agency;
    }

    private Set<String> vmIds(Ref agency) {
        Set<String> out = new HashSet<>();
        sim.audit().vmsOwnedBy(agency.value()).forEach(v -> out.add(v.id()));
        return out;
    }

    @Test
    void updatingTheOvfReprovisionsHostByHost() {
        Ref agency = deployed(EamApi.DSVA_OLD, EamApi.MUX_703);
        Set<String> before = vmIds(agency);
        eam.ok(Xml.el("Update").add(agency.self(), EamApi.config("config", "gi-c1", c1, EamApi.DSVA,
                EamApi.MUX_703, true)));
        Await.until("new VMs everywhere", () -> "green".equals(eam.status(agency))
                && vmIds(agency).size() == 3 && vmIds(agency).stream().noneMatch(before::contains));
        Audit audit = sim.audit();
        int missing = 0;
        int maxMissing = 0;
        for (EventLog.Event e : audit.events()) {
            if (e.kind().equals("VmRemoved") && before.contains(e.entity())) {
                maxMissing = Math.max(maxMissing, ++missing);
            } else if (e.kind().equals("VmCreated") && e.origin().equals("EAM") && missing > 0) {
                missing--;
            }
        }
        assertThat(maxMissing).as("agents re-provisioning at the same time").isEqualTo(1);
        assertThat(audit.vmsOwnedBy(agency.value())).allSatisfy(v -> assertThat(vim.props(new Ref(
                "VirtualMachine", v.id()), "summary.config.product").get("summary.config.product")
                .textAt("version")).isEqualTo("20.0.1-3445"));
    }

    @Test
    void scopeChangesAndHostChangesAddAndRemoveAgents() {
        Ref agency = deployed(EamApi.DSVA, EamApi.MUX_703);
        String hostId = sim.control().addHost("Cluster-01", null, null, null);
        Await.until("agent on the new host", () -> eam.agents(agency).size() == 4
                && "green".equals(eam.status(agency)));
        assertThat(sim.audit().vmsOwnedBy(agency.value())).anyMatch(v -> v.host().equals("esx-01-04.lab.local"));
        sim.control().removeHost(hostId);
        Await.until("agent gone with the host", () -> eam.agents(agency).size() == 3);

        EamApi.Placement c2 = EamApi.Placement.of(vim, "Cluster-02", "vsanDatastore-02");
        eam.ok(Xml.el("Update").add(agency.self(), EamApi.config("config", "gi-c1", c2, EamApi.DSVA,
                EamApi.MUX_703, true)));
        Await.until("agents moved to Cluster-02", () -> "green".equals(eam.status(agency))
                && sim.audit().vmsOwnedBy(agency.value()).size() == 3
                && sim.audit().vmsOwnedBy(agency.value()).stream().allMatch(v -> v.cluster().equals("Cluster-02")));
        assertThat(sim.audit().hosts()).filteredOn(h -> h.cluster().equals("Cluster-01"))
                .allMatch(h -> h.vibs().stream().noneMatch(v -> agency.value().equals(v.installedBy())));
    }

    @Test
    void uninstallRemovesEverythingAndDestroyMakesTheAgencyUnknown() {
        Ref agency = deployed(EamApi.DSVA, EamApi.MUX_703);
        eam.call("Uninstall", agency);
        Await.until("uninstalled and green", () -> {
            XmlNode rt = eam.runtime(agency);
            return rt.textAt("goalState").equals("uninstalled") && rt.textAt("status").equals("green");
        });
        Audit audit = sim.audit();
        assertThat(audit.vmsOwnedBy(agency.value())).isEmpty();
        assertThat(audit.hosts()).allMatch(h -> h.vibs().stream().noneMatch(v -> v.name().equals("epsec-mux")));
        SoapClient.Response enable = vim.soap().eam(Xml.el("Agency_Enable").add(agency.self()));
        assertThat(enable.faultType()).isEqualTo("EamInvalidState");
        eam.call("DestroyAgency", agency);
        SoapClient.Response after = vim.soap().eam(Xml.el("AgencyQueryRuntime").add(agency.self()));
        assertThat(after.faultType()).isEqualTo("ManagedObjectNotFound");
        // DestroyAgency answers at once; EAM removes the agency's remains in the background.
        Await.until("the agency gone from the audit",
                () -> sim.audit().agencies().stream().noneMatch(a -> a.id().equals(agency.value())));
    }

    @Test
    void destroyingAnEnabledAgencyStillCleansUp() {
        Ref agency = deployed(EamApi.DSVA, EamApi.MUX_703);
        eam.call("DestroyAgency", agency);
        Await.until("no leftovers", () -> sim.audit().vmsOwnedBy(agency.value()).isEmpty()
                && sim.audit().hosts().stream().allMatch(h -> h.vibs().stream()
                .noneMatch(v -> agency.value().equals(v.installedBy()))));
    }

    @Test
    void disableAndEnableSwitchVmsOffAndOn() {
        Ref agency = deployed(EamApi.DSVA, null);
        eam.call("Agency_Disable", agency);
        Await.until("disabled", () -> "green".equals(eam.status(agency))
                && sim.audit().vmsOwnedBy(agency.value()).stream().allMatch(v -> v.powerState().equals("poweredOff")));
        assertThat(eam.runtime(agency).textAt("goalState")).isEqualTo("disabled");
        eam.call("Agency_Enable", agency);
        Await.until("enabled", () -> "green".equals(eam.status(agency))
                && sim.audit().vmsOwnedBy(agency.value()).stream().allMatch(v -> v.powerState().equals("poweredOn")));
    }

    @Test
    void vmHooksWaitForMarkAsAvailable() {
        Ref agency = eam.create(cfgWithHook());
        Ref agent = Await.value("agents", () -> eam.agents(agency), l -> l.size() == 3).get(0);
        XmlNode hook = Await.value("hook", () -> eam.agentRuntime(agent).child("vmHook"), h -> h != null);
        assertThat(hook.textAt("vmState")).isEqualTo("provisioned");
        assertThat(eam.agentRuntime(agent).textAt("vmPowerState")).isEqualTo("poweredOff");
        assertThat(eam.status(agency)).isEqualTo("yellow");
        eam.call("MarkAsAvailable", agent);
        Await.until("agent green", () -> "green".equals(eam.agentRuntime(agent).textAt("status")));
        assertThat(vim.soap().eam(Xml.el("MarkAsAvailable").add(agent.self())).faultType())
                .isEqualTo("EamInvalidState");
    }

    private Xml cfgWithHook() {
        return Xml.el("agencyConfigInfo").add(
                Xml.el("agentConfig").add(Xml.el("ovfPackageUrl", EamApi.DSVA), Xml.el("ovfEnvironment").add(
                        Xml.el("ovfProperty").add(Xml.el("key", "dsm.address"), Xml.el("value", "dsm")),
                        Xml.el("ovfProperty").add(Xml.el("key", "dsm.token"), Xml.el("value", "t")))),
                Xml.el("scope").type("AgencyComputeResourceScope").add(c1.cluster().as("computeResource")),
                Xml.el("manuallyMarkAgentVmAvailableAfterProvisioning", true),
                Xml.el("agentName", "GI-HOOK"), Xml.el("agencyName", "gi-hook"),
                c1.network().as("agentVmNetwork"), c1.datastore().as("agentVmDatastore"));
    }

    @Test
    void multipleHostsPolicyLetsEamTakeSeveralHostsAtOnce() {
        Ref agency = eam.create(EamApi.config("agencyConfigInfo", "gi-mm", c1, EamApi.DSVA, EamApi.MUX_802, true));
        Await.until("three MM requests", () -> eam.issueTypes(agency).stream()
                .filter("VibRequiresHostInMaintenanceMode"::equals).count() == 3);
        assertThat(eam.ok(Xml.el("GetMaintenanceModePolicy").add(EamApi.MANAGER.self())).textAt("returnval"))
                .isEqualTo("multipleHosts");
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
        assertThat(sim.audit().maxHostsInMaintenanceAtOnce()).isGreaterThan(1);
    }

    @Test
    void otherProductsAgenciesAreUntouchedByAnotherAgencysWork() {
        Audit before = sim.audit();
        Ref agency = deployed(EamApi.DSVA, EamApi.MUX_703);
        eam.call("Uninstall", agency);
        eam.awaitStatus(agency, "green");
        Audit after = sim.audit();
        assertThat(after.vms()).filteredOn(v -> v.name().startsWith("vCLS-"))
                .containsExactlyInAnyOrderElementsOf(before.vms().stream().filter(v -> v.name().startsWith("vCLS-"))
                        .toList());
    }
}
