package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.eam.AgencySnapshot;
import io.gioperator.simulator.eam.EamEndpoint;
import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EamDeployTest {
    static Simulator sim;
    static VimApi vim;
    static EamApi eam;

    @BeforeAll
    static void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(2, 3).build());
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        vim = new VimApi(soap);
        eam = new EamApi(soap);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void anAgencyDeploysOneRunningSvaAndTheMuxVibPerHost() {
        EamApi.Placement p = EamApi.Placement.of(vim, "Cluster-01", "vsanDatastore-01");
        Ref agency = eam.create(EamApi.config("agencyConfigInfo", "gi-deploy", p, EamApi.DSVA, EamApi.MUX_703,
                true));
        assertThat(agency.type()).isEqualTo("Agency");
        eam.awaitStatus(agency, "green");

        XmlNode runtime = eam.runtime(agency);
        assertThat(runtime.xsiType()).isEqualTo("EamObjectRuntimeInfo");
        assertThat(runtime.childNames()).containsExactly("status", "goalState", "entity");
        assertThat(runtime.textAt("goalState")).isEqualTo("enabled");
        List<Ref> agents = eam.agents(agency);
        assertThat(agents).hasSize(3).allMatch(a -> a.type().equals("Agent"));
        for (Ref agent : agents) {
            XmlNode ar = eam.agentRuntime(agent);
            assertThat(ar.xsiType()).isEqualTo("AgentRuntimeInfo");
            assertThat(ar.textAt("status")).isEqualTo("green");
            assertThat(ar.textAt("vmPowerState")).isEqualTo("poweredOn");
            assertThat(ar.textAt("receivingHeartBeat")).isEqualTo("true");
            assertThat(ar.textAt("vmName")).matches("GI-SVA \\(\\d+\\)");
            assertThat(ar.textAt("installedVibs/name")).isEqualTo("epsec-mux");
            assertThat(ar.textAt("installedVibs/version")).isEqualTo("7.0.3");
            assertThat(ar.childNames()).containsSubsequence("status", "goalState", "entity", "vmPowerState",
                    "receivingHeartBeat", "host", "vm", "vmIp", "vmName", "installedVibs", "agency");
            Ref vm = Ref.of(ar.child("vm"));
            assertThat(vim.prop(vm, "runtime.powerState")).isEqualTo("poweredOn");
            assertThat(vim.prop(vm, "guest.ipAddress")).startsWith("10.20.").isEqualTo(ar.textAt("vmIp"));
            assertThat(Ref.of(vim.props(vm, "runtime.host").get("runtime.host"))).isEqualTo(Ref.of(ar.child("host")));
            assertThat(Ref.of(vim.props(vm, "parent").get("parent"))).isEqualTo(p.folder());
            assertThat(Ref.of(vim.props(vm, "resourcePool").get("resourcePool"))).isEqualTo(p.pool());
            assertThat(vim.props(vm, "summary.config.product").get("summary.config.product").textAt("version"))
                    .isEqualTo("20.0.1-3445");
        }
        assertThat(agents.stream().map(a -> eam.agentRuntime(a).textAt("vmName")).distinct()).hasSize(3)
                .allMatch(n -> vim.find("/DC1/vm/GuestIntrospection/" + n) != null);
        Audit audit = sim.audit();
        assertThat(audit.vmsOwnedBy(agency.value())).hasSize(3)
                .allMatch(v -> v.datastore().equals("vsanDatastore-01") && v.network().equals("GI-Management"));
        assertThat(audit.agency("gi-deploy").ovfPropertyKeys()).containsExactly("dsm.address", "dsm.token");
        assertThat(audit.toString()).doesNotContain("t0ken");
        assertThat(audit.host("esx-01-01.lab.local").vibs()).anyMatch(v -> v.name().equals("epsec-mux")
                && v.installedBy().equals(agency.value()));
    }

    @Test
    void queryConfigReturnsTheConfigurationInWsdlOrder() {
        EamApi.Placement p = EamApi.Placement.of(vim, "Cluster-02", "vsanDatastore-02");
        Ref agency = eam.create(EamApi.config("agencyConfigInfo", "gi-config", p, EamApi.DSVA, null, true));
        XmlNode cfg = eam.ok(Xml.el("QueryConfig").add(agency.self())).child("returnval");
        assertThat(cfg.childNames()).containsExactly("agentConfig", "scope", "agentName", "agencyName",
                "agentVmNetwork", "agentVmDatastore", "resourcePools", "folders");
        assertThat(cfg.at("scope").xsiType()).isEqualTo("AgencyComputeResourceScope");
        assertThat(cfg.textAt("agentConfig/ovfPackageUrl")).isEqualTo(EamApi.DSVA);
        assertThat(cfg.at("agentConfig/ovfEnvironment").all("ovfProperty")).hasSize(2);
        assertThat(eam.ok(Xml.el("QuerySolutionId").add(agency.self())).textAt("returnval"))
                .isEqualTo(sim.username());
        eam.awaitStatus(agency, "green");
    }

    @Test
    void queryAgencyAlsoReturnsOtherProductsAgencies() {
        List<Ref> all = eam.ok(Xml.el("QueryAgency").add(EamApi.MANAGER.self())).all("returnval").stream()
                .map(Ref::of).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        List<AgencySnapshot> vcls = sim.audit().agencies().stream()
                .filter(a -> a.solutionId().equals(EamEndpoint.VCLS_SOLUTION)).toList();
        assertThat(vcls).hasSize(2).allMatch(a -> a.status().equals("green") && a.agents().size() == 3);
        Ref one = new Ref("Agency", vcls.get(0).id());
        assertThat(all).contains(one);
        XmlNode cfg = eam.ok(Xml.el("QueryConfig").add(one.self())).child("returnval");
        assertThat(cfg.textAt("agencyName")).isEqualTo("vCLS");
        assertThat(sim.audit().vmsOwnedBy(one.value())).hasSize(3)
                .allMatch(v -> v.name().startsWith("vCLS-") && v.powerState().equals("poweredOn"));
    }

    @Test
    void eamRequiresTheVcenterSessionCookie() {
        SoapClient anonymous = new SoapClient(sim);
        SoapClient.Response r = anonymous.eam(Xml.el("QueryAgency").add(EamApi.MANAGER.self()));
        assertThat(r.faultType()).isEqualTo("EamInvalidLogin");
        assertThat(r.faultDetail().name).isEqualTo("EamInvalidLoginFault");
        assertThat(r.faultDetail().namespace).isEqualTo("urn:eam");
    }

    @Test
    void invalidConfigurationsAreRefused() {
        EamApi.Placement p = EamApi.Placement.of(vim, "Cluster-01", "vsanDatastore-01");
        SoapClient.Response noName = eam(Xml.el("CreateAgency").add(EamApi.MANAGER.self(),
                Xml.el("agencyConfigInfo").add(Xml.el("agentConfig").add(Xml.el("ovfPackageUrl", EamApi.DSVA))),
                Xml.el("initialGoalState", "enabled")));
        assertThat(noName.faultType()).isEqualTo("InvalidArgument");
        assertThat(noName.faultDetail().namespace).isEqualTo("urn:vim25");
        SoapClient.Response badScope = eam(Xml.el("CreateAgency").add(EamApi.MANAGER.self(),
                Xml.el("agencyConfigInfo").add(Xml.el("scope").type("AgencyComputeResourceScope").add(
                        Xml.ref("computeResource", "HostSystem", "host-99999")), Xml.el("agencyName", "x")),
                Xml.el("initialGoalState", "enabled")));
        assertThat(badScope.faultType()).isEqualTo("InvalidAgencyScope");
        assertThat(badScope.faultDetail().textAt("unknownComputeResource")).isEqualTo("host-99999");
        SoapClient.Response badUrl = eam(Xml.el("CreateAgency").add(EamApi.MANAGER.self(),
                EamApi.config("agencyConfigInfo", "bad-url", p, "not a url", null, false),
                Xml.el("initialGoalState", "enabled")));
        assertThat(badUrl.faultType()).isEqualTo("InvalidUrl");
        SoapClient.Response badGoal = eam(Xml.el("CreateAgency").add(EamApi.MANAGER.self(),
                EamApi.config("agencyConfigInfo", "bad-goal", p, EamApi.DSVA, null, true),
                Xml.el("initialGoalState", "on")));
        assertThat(badGoal.faultType()).isEqualTo("InvalidArgument");
    }

    private static SoapClient.Response eam(Xml call) {
        return vim.soap().eam(call);
    }
}
