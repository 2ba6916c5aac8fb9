package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.support.Await;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VimTasksTest {
    static Simulator sim;
    static VimApi vim;

    @BeforeAll
    static void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(2, 3).build());
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        vim = new VimApi(soap);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void powerOpsRunAsTasksAndFailLikeVcenter() {
        Ref vm = vim.find("/DC1/vm/Workloads/app-02-01");
        XmlNode again = vim.waitTask(vim.task("PowerOnVM_Task", vm));
        assertThat(again.textAt("state")).isEqualTo("error");
        assertThat(again.at("error/fault").xsiType()).isEqualTo("InvalidPowerState");
        assertThat(again.textAt("error/fault/existingState")).isEqualTo("poweredOn");
        assertThat(again.textAt("error/localizedMessage")).contains("Powered on");
        assertThat(again.textAt("descriptionId")).isEqualTo("VirtualMachine.powerOn");
        assertThat(again.textAt("entityName")).isEqualTo("app-02-01");

        XmlNode destroyOn = vim.waitTask(vim.task("Destroy_Task", vm));
        assertThat(destroyOn.at("error/fault").xsiType()).isEqualTo("InvalidPowerState");

        assertThat(vim.waitTask(vim.task("PowerOffVM_Task", vm)).textAt("state")).isEqualTo("success");
        assertThat(vim.prop(vm, "runtime.powerState")).isEqualTo("poweredOff");
        assertThat(vim.prop(vm, "guest.ipAddress")).isNull();
        assertThat(vim.waitTask(vim.task("Destroy_Task", vm)).textAt("state")).isEqualTo("success");
        assertThat(vim.find("/DC1/vm/Workloads/app-02-01")).isNull();
        SoapClient.Response gone = vim.soap().vim(Xml.el("PowerOnVM_Task").add(vm.self()));
        assertThat(gone.faultType()).isEqualTo("ManagedObjectNotFound");
        assertThat(gone.faultDetail().textAt("obj")).isEqualTo(vm.value());
    }

    @Test
    void maintenanceModeEvacuatesRunningVmsWithDrs() {
        Ref host = vim.find("/DC1/host/Cluster-01/esx-01-01.lab.local");
        XmlNode enter = vim.waitTask(vim.task("EnterMaintenanceMode_Task", host, Xml.el("timeout", 0)));
        assertThat(enter.textAt("state")).isEqualTo("success");
        assertThat(vim.prop(host, "runtime.inMaintenanceMode")).isEqualTo("true");
        assertThat(vim.refs(host, "vm")).allSatisfy(v ->
                assertThat(vim.prop(v, "runtime.powerState")).isEqualTo("poweredOff"));
        XmlNode twice = vim.waitTask(vim.task("EnterMaintenanceMode_Task", host, Xml.el("timeout", 0)));
        assertThat(twice.at("error/fault").xsiType()).isEqualTo("InvalidState");
        assertThat(vim.waitTask(vim.task("ExitMaintenanceMode_Task", host, Xml.el("timeout", 0)))
                .textAt("state")).isEqualTo("success");
        assertThat(vim.prop(host, "runtime.inMaintenanceMode")).isEqualTo("false");
    }

    @Test
    void rebootMakesTheHostUnavailableForAWhile() {
        Ref host = vim.find("/DC1/host/Cluster-02/esx-02-02.lab.local");
        XmlNode refused = vim.waitTask(vim.task("RebootHost_Task", host, Xml.el("force", false)));
        assertThat(refused.at("error/fault").xsiType()).isEqualTo("InvalidState");
        String bootBefore = vim.prop(host, "runtime.bootTime");
        assertThat(vim.waitTask(vim.task("RebootHost_Task", host, Xml.el("force", true))).textAt("state"))
                .isEqualTo("success");
        Await.until("host back after reboot", () -> "connected".equals(vim.prop(host, "runtime.connectionState"))
                && !bootBefore.equals(vim.prop(host, "runtime.bootTime")));
    }

    @Test
    void installedVibsCanBeListedAndRemoved() {
        Ref host = vim.find("/DC1/host/Cluster-02/esx-02-03.lab.local");
        Ref icm = Ref.of(vim.props(host, "configManager.imageConfigManager").get("configManager.imageConfigManager"));
        List<XmlNode> packages = vim.ok(Xml.el("fetchSoftwarePackages").add(icm.self())).all("returnval");
        assertThat(packages).extracting(p -> p.textAt("name")).contains("esx-base", "vsan");
        assertThat(packages.get(0).childNames()).containsSubsequence("name", "version", "type", "vendor",
                "acceptanceLevel", "summary", "description", "capability");
        Ref patch = Ref.of(vim.props(host, "configManager.patchManager").get("configManager.patchManager"));
        XmlNode unknown = vim.waitTask(vim.task("UninstallHostPatch_Task", patch, Xml.el("bulletinIds", "nope")));
        assertThat(unknown.at("error/fault").xsiType()).isEqualTo("NotFound");
        SoapClient.Response wrongReceiver = vim.soap().vim(Xml.el("fetchSoftwarePackages").add(patch.self()));
        assertThat(wrongReceiver.faultType()).isEqualTo("MethodNotFound");
    }

    @Test
    void disconnectAndReconnectThroughVim() {
        Ref host = vim.find("/DC1/host/Cluster-02/esx-02-01.lab.local");
        vim.waitTask(vim.task("DisconnectHost_Task", host));
        assertThat(vim.prop(host, "runtime.connectionState")).isEqualTo("disconnected");
        Ref icm = Ref.of(vim.props(host, "configManager.imageConfigManager").get("configManager.imageConfigManager"));
        assertThat(vim.soap().vim(Xml.el("fetchSoftwarePackages").add(icm.self())).faultType())
                .isEqualTo("HostNotConnected");
        vim.waitTask(vim.task("ReconnectHost_Task", host));
        assertThat(vim.prop(host, "runtime.connectionState")).isEqualTo("connected");
    }
}
