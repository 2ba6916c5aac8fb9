package io.gioperator.vsphere.vim;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.SoftwarePackage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EntityMethodsTest {

    private static final MoRef VM = MoRef.of("VirtualMachine", "vm-101");
    private static final MoRef HOST = MoRef.of("HostSystem", "host-12");
    private final FakeVCenter vc = new FakeVCenter();
    private final TestClients.Connected c = TestClients.connect(vc);
    private final EntityMethods entities = c.connection().entities();

    @AfterEach
    void stop() {
        c.close();
        vc.close();
    }

    @Test
    void vmPowerAndDestroyReturnTasks() {
        vc.enqueue("PowerOffVM_Task", Soap.task("PowerOffVM_Task", "task-901"));
        vc.enqueue("PowerOnVM_Task", Soap.task("PowerOnVM_Task", "task-902"));
        vc.enqueue("PowerOnVM_Task", Soap.task("PowerOnVM_Task", "task-903"));
        vc.enqueue("Destroy_Task", Soap.task("Destroy_Task", "task-904"));

        assertThat(entities.powerOffVmTask(VM)).isEqualTo(MoRef.of("Task", "task-901"));
        assertThat(entities.powerOnVmTask(VM, null)).isEqualTo(MoRef.of("Task", "task-902"));
        entities.powerOnVmTask(VM, HOST);
        assertThat(entities.destroyTask(VM)).isEqualTo(MoRef.of("Task", "task-904"));

        assertThat(vc.only("PowerOffVM_Task").paramNames()).containsExactly("_this");
        assertThat(vc.only("PowerOffVM_Task").thisType()).isEqualTo("VirtualMachine");
        assertThat(vc.calls("PowerOnVM_Task").get(0).paramNames()).containsExactly("_this");
        assertThat(vc.calls("PowerOnVM_Task").get(1).paramNames()).containsExactly("_this", "host");
        assertThat(vc.calls("PowerOnVM_Task").get(1).text("host")).isEqualTo("host-12");
        assertThat(vc.only("Destroy_Task").thisValue()).isEqualTo("vm-101");
    }

    @Test
    void maintenanceModeAndReboot() {
        vc.enqueue("EnterMaintenanceMode_Task", Soap.task("EnterMaintenanceMode_Task", "task-910"));
        vc.enqueue("ExitMaintenanceMode_Task", Soap.task("ExitMaintenanceMode_Task", "task-911"));
        vc.enqueue("RebootHost_Task", Soap.task("RebootHost_Task", "task-912"));

        entities.enterMaintenanceModeTask(HOST, 600, false);
        entities.exitMaintenanceModeTask(HOST, 300);
        assertThat(entities.rebootHostTask(HOST, true)).isEqualTo(MoRef.of("Task", "task-912"));

        SoapCall enter = vc.only("EnterMaintenanceMode_Task");
        assertThat(enter.thisType()).isEqualTo("HostSystem");
        assertThat(enter.paramNames()).containsExactly("_this", "timeout", "evacuatePoweredOffVms");
        assertThat(enter.text("timeout")).isEqualTo("600");
        assertThat(enter.text("evacuatePoweredOffVms")).isEqualTo("false");
        assertThat(vc.only("ExitMaintenanceMode_Task").paramNames()).containsExactly("_this", "timeout");
        assertThat(vc.only("RebootHost_Task").paramNames()).containsExactly("_this", "force");
        assertThat(vc.only("RebootHost_Task").text("force")).isEqualTo("true");
    }

    @Test
    void listsAndRemovesVibs() {
        vc.enqueue("fetchSoftwarePackages", Soap.vim("fetchSoftwarePackages", """
                <returnval><name>epsec-mux</name><version>7.0.3-0.0.21930508</version><type>bootbank</type>
                <vendor>VMware</vendor><acceptanceLevel>VMwareCertified</acceptanceLevel>
                <summary>ESX Endpoint multiplexer</summary><description>vShield Endpoint Mux</description>
                <creationDate>2023-06-01T00:00:00Z</creationDate><maintenanceModeRequired>false</maintenanceModeRequired>
                <capability><liveInstallAllowed>true</liveInstallAllowed><liveRemoveAllowed>false</liveRemoveAllowed>
                <statelessReady>true</statelessReady><overlay>false</overlay></capability></returnval>
                <returnval><name>esx-base</name><version>7.0.3-0.105.21930508</version><type>bootbank</type>
                <vendor>VMware</vendor><acceptanceLevel>VMwareCertified</acceptanceLevel><summary>ESXi base</summary>
                </returnval>"""));
        vc.enqueue("fetchSoftwarePackages", Soap.vim("fetchSoftwarePackages", ""));
        vc.enqueue("UninstallHostPatch_Task", Soap.task("UninstallHostPatch_Task", "task-920"));
        MoRef imageManager = MoRef.of("HostImageConfigManager", "imageConfigManager-12");

        List<SoftwarePackage> vibs = entities.fetchSoftwarePackages(imageManager);
        List<SoftwarePackage> none = entities.fetchSoftwarePackages(imageManager);
        MoRef task = entities.uninstallHostPatchTask(MoRef.of("HostPatchManager", "patchManager-12"),
                List.of("epsec-mux"));

        assertThat(vibs).extracting(SoftwarePackage::name, SoftwarePackage::version, SoftwarePackage::vendor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("epsec-mux", "7.0.3-0.0.21930508", "VMware"),
                        org.assertj.core.groups.Tuple.tuple("esx-base", "7.0.3-0.105.21930508", "VMware"));
        assertThat(none).isEmpty();
        assertThat(vc.calls("fetchSoftwarePackages").get(0).thisType()).isEqualTo("HostImageConfigManager");
        SoapCall uninstall = vc.only("UninstallHostPatch_Task");
        assertThat(uninstall.thisType()).isEqualTo("HostPatchManager");
        assertThat(uninstall.paramNames()).containsExactly("_this", "bulletinIds");
        assertThat(uninstall.text("bulletinIds")).isEqualTo("epsec-mux");
        assertThat(task.value()).isEqualTo("task-920");
    }
}
