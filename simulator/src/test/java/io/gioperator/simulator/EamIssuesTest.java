package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.support.Await;
import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EamIssuesTest {
    Simulator sim;
    VimApi vim;
    EamApi eam;

    @BeforeEach
    void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(1, 3).build());
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        vim = new VimApi(soap);
        eam = new EamApi(soap);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Ref create(String ovf, String vib, boolean props) {
        return eam.create(EamApi.config("agencyConfigInfo", "gi", EamApi.Placement.of(vim, "Cluster-01",
                "vsanDatastore-01"), ovf, vib, props));
    }

    private List<Ref> agentVms(Ref agency) {
        return eam.agents(agency).stream().map(a -> Ref.of(eam.agentRuntime(a).child("vm"))).toList();
    }

    @Test
    void unreachableOvfRaisesCannotAccessAgentOvfUntilResolved() {
        sim.control().catalogueReachable(EamApi.DSVA, false);
        Ref agency = create(EamApi.DSVA, null, true);
        XmlNode issue = eam.awaitIssue(agency, "CannotAccessAgentOVF");
        assertThat(issue.textAt("downloadUrl")).isEqualTo(EamApi.DSVA);
        assertThat(issue.childNames()).containsSubsequence("key", "description", "time", "agency", "agencyName",
                "solutionId", "solutionName", "agent", "agentName", "host", "hostName", "downloadUrl");
        Await.until("all three agents blocked", () -> eam.issues(agency).size() == 3);
        assertThat(eam.status(agency)).isEqualTo("red");
        sim.control().catalogueReachable(EamApi.DSVA, true);
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
        assertThat(eam.issues(agency)).isEmpty();
    }

    @Test
    void missingOvfPropertyRaisesOvfInvalidPropertyUntilTheConfigIsFixed() {
        Ref agency = create(EamApi.DSVA, null, false);
        XmlNode issue = eam.awaitIssue(agency, "OvfInvalidProperty");
        assertThat(issue.all("error")).extracting(e -> e.textAt("invalidProperty"))
                .containsExactlyInAnyOrder("dsm.address", "dsm.token");
        eam.ok(Xml.el("Update").add(agency.self(), EamApi.config("config", "gi", EamApi.Placement.of(vim,
                "Cluster-01", "vsanDatastore-01"), EamApi.DSVA, null, true)));
        eam.awaitStatus(agency, "green");
    }

    @Test
    void poweredOffSvaRaisesVmPoweredOffAndResolvePowersItOn() {
        Ref agency = create(EamApi.DSVA, EamApi.MUX_703, true);
        eam.awaitStatus(agency, "green");
        Ref vm = agentVms(agency).get(0);
        assertThat(vim.waitTask(vim.task("PowerOffVM_Task", vm)).textAt("state")).isEqualTo("success");
        XmlNode issue = eam.awaitIssue(agency, "VmPoweredOff");
        assertThat(Ref.of(issue.child("vm"))).isEqualTo(vm);
        assertThat(eam.status(agency)).isEqualTo("red");
        int key = Integer.parseInt(issue.textAt("key"));
        XmlNode resolved = eam.ok(Xml.el("Resolve").add(agency.self(), Xml.el("issueKey", key),
                Xml.el("issueKey", 987654)));
        assertThat(resolved.all("returnval")).extracting(XmlNode::text).containsExactly("987654");
        eam.awaitStatus(agency, "green");
        assertThat(vim.prop(vm, "runtime.powerState")).isEqualTo("poweredOn");
        assertThat(agentVms(agency)).contains(vm);
    }

    @Test
    void deletedSvaRaisesVmNotDeployedAndResolveDeploysAFreshVm() {
        Ref agency = create(EamApi.DSVA, EamApi.MUX_703, true);
        eam.awaitStatus(agency, "green");
        Ref vm = agentVms(agency).get(1);
        vim.waitTask(vim.task("PowerOffVM_Task", vm));
        eam.awaitIssue(agency, "VmPoweredOff");
        vim.waitTask(vim.task("Destroy_Task", vm));
        eam.awaitIssue(agency, "VmNotDeployed");
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
        List<Ref> now = agentVms(agency);
        assertThat(now).hasSize(3).doesNotContain(vm);
    }

    @Test
    void corruptedSvaIsReplacedOnResolve() {
        Ref agency = create(EamApi.DSVA, null, true);
        eam.awaitStatus(agency, "green");
        Ref vm = agentVms(agency).get(2);
        sim.control().corruptVm(vm.value());
        XmlNode issue = eam.awaitIssue(agency, "VmCorrupted");
        assertThat(issue.textAt("missingFile")).endsWith(".vmx");
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
        assertThat(agentVms(agency)).doesNotContain(vm);
        assertThat(sim.audit().vms()).noneMatch(v -> v.id().equals(vm.value()));
    }

    @Test
    void unreachableVibRaisesCannotAccessAgentVib() {
        sim.control().catalogueReachable(EamApi.MUX_703, false);
        Ref agency = create(EamApi.DSVA, EamApi.MUX_703, true);
        assertThat(eam.awaitIssue(agency, "CannotAccessAgentVib").textAt("downloadUrl")).isEqualTo(EamApi.MUX_703);
        sim.control().catalogueReachable(EamApi.MUX_703, true);
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
    }

    @Test
    void vibNeedingMaintenanceModeWaitsForResolveAndRespectsSingleHostPolicy() {
        eam.ok(Xml.el("SetMaintenanceModePolicy").add(EamApi.MANAGER.self(), Xml.el("policy", "singleHost")));
        assertThat(eam.ok(Xml.el("GetMaintenanceModePolicy").add(EamApi.MANAGER.self())).textAt("returnval"))
                .isEqualTo("singleHost");
        Ref agency = create(EamApi.DSVA, EamApi.MUX_802, true);
        Await.until("every agent asks for maintenance mode", () -> eam.issueTypes(agency).stream()
                .filter("VibRequiresHostInMaintenanceMode"::equals).count() == 3);
        Audit before = sim.audit();
        assertThat(before.hosts()).noneMatch(Audit.HostEntry::inMaintenanceMode);
        assertThat(before.vmsOwnedBy(agency.value())).isEmpty();
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
        Audit after = sim.audit();
        assertThat(after.maxHostsInMaintenanceAtOnce()).as("hosts in maintenance mode at once").isEqualTo(1);
        assertThat(after.events()).filteredOn(e -> e.kind().equals("HostEnteredMaintenanceMode"))
                .hasSize(3).allMatch(e -> e.origin().equals("EAM"));
        assertThat(after.hosts()).noneMatch(Audit.HostEntry::inMaintenanceMode)
                .allMatch(h -> h.vibs().stream().anyMatch(v -> v.name().equals("epsec-mux")
                        && v.version().equals("8.0.2")));
    }

    @Test
    void maintenanceModeBlockedByARunningVmIsReportedUntilTheVmIsStopped() {
        sim.close();
        sim = Simulator.start(SimulatorConfig.builder().size(1, 1).build());
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        vim = new VimApi(soap);
        eam = new EamApi(soap);
        Ref agency = create(EamApi.DSVA, EamApi.MUX_802, true);
        eam.awaitIssue(agency, "VibRequiresHostInMaintenanceMode");
        eam.resolveAll(agency);
        eam.awaitIssue(agency, "VibCannotPutHostInMaintenanceMode");
        assertThat(sim.audit().hosts()).noneMatch(Audit.HostEntry::inMaintenanceMode);
        assertThat(sim.audit().agencies()).as("the other product's agency recovers").allMatch(a ->
                a.id().equals(agency.value()) || Await.value("vCLS green", () -> sim.audit().agencies().stream()
                        .filter(x -> x.id().equals(a.id())).findFirst().orElseThrow().status(), "green"::equals)
                        != null);
        for (String app : List.of("app-01-01", "app-01-02")) {
            assertThat(vim.waitTask(vim.task("PowerOffVM_Task", vim.find("/DC1/vm/Workloads/" + app)))
                    .textAt("state")).isEqualTo("success");
        }
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
        assertThat(sim.audit().hosts()).noneMatch(Audit.HostEntry::inMaintenanceMode);
        eam.call("Uninstall", agency);
        eam.awaitStatus(agency, "green");
        assertThat(sim.audit().vmsOwnedBy(agency.value())).isEmpty();
    }

    @Test
    void vibRemovedOutOfBandIsReportedAndReinstalledOnResolve() {
        Ref agency = create(EamApi.DSVA, EamApi.MUX_703, true);
        eam.awaitStatus(agency, "green");
        Ref host = vim.find("/DC1/host/Cluster-01/esx-01-02.lab.local");
        Ref patch = Ref.of(vim.props(host, "configManager.patchManager").get("configManager.patchManager"));
        assertThat(vim.waitTask(vim.task("UninstallHostPatch_Task", patch, Xml.el("bulletinIds", "epsec-mux")))
                .textAt("state")).isEqualTo("success");
        eam.awaitIssue(agency, "VibNotInstalled");
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
        assertThat(sim.audit().host("esx-01-02.lab.local").vibs()).anyMatch(v -> v.name().equals("epsec-mux"));
    }

    @Test
    void disconnectedHostMakesItsAgentRed() {
        Ref agency = create(EamApi.DSVA, null, true);
        eam.awaitStatus(agency, "green");
        sim.control().disconnectHost("esx-01-03.lab.local");
        eam.awaitIssue(agency, "ManagedHostNotReachable");
        sim.control().reconnectHost("esx-01-03.lab.local");
        Await.until("issue dropped once the host is back", () -> {
            eam.resolveAll(agency);
            return eam.issues(agency).isEmpty();
        });
        eam.awaitStatus(agency, "green");
    }
}
