package io.gioperator.vsphere.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.soap.InvalidStateFault;
import io.gioperator.vsphere.soap.NotAuthorizedFault;
import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.InventoryFixtures;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.testing.VimFixtures;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.SoftwarePackage;
import io.gioperator.vsphere.types.TaskInfo;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskAndOperationsTest {

    private static final MoRef VM = MoRef.of("VirtualMachine", "vm-101");
    private static final MoRef HOST = MoRef.of("HostSystem", "host-12");
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final FakeVCenter vc = new FakeVCenter();
    private final TestClients.Connected c = TestClients.connect(vc);

    @AfterEach
    void stop() {
        c.close();
        vc.close();
    }

    private void taskStates(String task, String... statesThenExtra) {
        for (String state : statesThenExtra) {
            String extra = state.equals("success") ? "<result xsi:type=\"xsd:string\">done</result>"
                    : state.equals("running") ? "<progress>40</progress>" : "";
            vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", VimFixtures.taskInfo(task, state, extra)));
        }
    }

    @Test
    void waitsForATaskUntilItSucceeds() {
        taskStates("task-901", "queued", "running", "success");
        TaskInfo info = c.connection().tasks().await(MoRef.of("Task", "task-901"), WAIT);
        assertThat(info.state()).isEqualTo(TaskInfo.State.SUCCESS);
        assertThat(info.result().asString()).isEqualTo("done");
        assertThat(info.entity()).isEqualTo(VM);
        assertThat(vc.calls("RetrievePropertiesEx")).hasSize(3).allSatisfy(call -> {
            assertThat(call.text("specSet/propSet/type")).isEqualTo("Task");
            assertThat(call.text("specSet/propSet/pathSet")).isEqualTo("info");
            assertThat(call.text("specSet/objectSet/obj")).isEqualTo("task-901");
        });
    }

    @Test
    void aFailedTaskThrowsTheMappedFaultWithItsLocalizedMessage() {
        vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", VimFixtures.taskInfo("task-902", "error",
                "<error><fault xsi:type=\"NoPermission\"><object type=\"VirtualMachine\">vm-101</object>"
                        + "<privilegeId>VirtualMachine.Interact.PowerOff</privilegeId></fault>"
                        + "<localizedMessage>Permission to perform this operation was denied.</localizedMessage></error>")));
        assertThatThrownBy(() -> c.connection().tasks().await(MoRef.of("Task", "task-902"), WAIT))
                .isInstanceOfSatisfying(NotAuthorizedFault.class, f -> {
                    assertThat(f.faultType()).isEqualTo("NoPermission");
                    assertThat(f.serverMessage()).isEqualTo("Permission to perform this operation was denied.");
                });
    }

    @Test
    void aTaskThatDoesNotFinishInTimeTimesOut() {
        vc.always("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx",
                VimFixtures.taskInfo("task-903", "running", "<progress>10</progress>")));
        assertThatThrownBy(() -> c.connection().tasks().await(MoRef.of("Task", "task-903"), Duration.ofMillis(150)))
                .isInstanceOfSatisfying(TaskTimeoutException.class, e -> {
                    assertThat(e.lastState()).isEqualTo(TaskInfo.State.RUNNING);
                    assertThat(e.task().value()).isEqualTo("task-903");
                });
    }

    @Test
    void powerOffAndDestroyWaitsForEachTaskAndToleratesAnAlreadyOffVm() {
        vc.enqueue("PowerOffVM_Task", Soap.task("PowerOffVM_Task", "task-910"));
        vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", VimFixtures.taskInfo("task-910", "error",
                "<error><fault xsi:type=\"InvalidPowerState\"><requestedState>poweredOn</requestedState>"
                        + "<existingState>poweredOff</existingState></fault>"
                        + "<localizedMessage>The attempted operation cannot be performed in the current state (Powered off).</localizedMessage></error>")));
        vc.enqueue("Destroy_Task", Soap.task("Destroy_Task", "task-911"));
        taskStates("task-911", "running", "success");

        c.connection().vms().powerOffAndDestroy(VM, WAIT);

        assertThat(vc.names()).containsSubsequence("PowerOffVM_Task", "RetrievePropertiesEx", "Destroy_Task",
                "RetrievePropertiesEx", "RetrievePropertiesEx");
        assertThat(vc.only("Destroy_Task").thisValue()).isEqualTo("vm-101");
    }

    @Test
    void otherInvalidStatesStillFail() {
        vc.enqueue("PowerOnVM_Task", Soap.task("PowerOnVM_Task", "task-912"));
        vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", VimFixtures.taskInfo("task-912", "error",
                "<error><fault xsi:type=\"InvalidState\"/><localizedMessage>The operation is not allowed in the current state.</localizedMessage></error>")));
        assertThatThrownBy(() -> c.connection().vms().powerOn(VM, WAIT)).isInstanceOf(InvalidStateFault.class)
                .hasMessageContaining("not allowed in the current state");
    }

    @Test
    void muxRepairHostOperations() {
        vc.always("RetrievePropertiesEx", call -> {
            String path = call.text("specSet/propSet/pathSet");
            if (path.startsWith("configManager.")) {
                String type = path.endsWith("imageConfigManager") ? "HostImageConfigManager" : "HostPatchManager";
                String value = path.endsWith("imageConfigManager") ? "imageConfigManager-12" : "patchManager-12";
                return Soap.vim("RetrievePropertiesEx", "<returnval><objects><obj type=\"HostSystem\">host-12</obj>"
                        + "<propSet><name>" + path + "</name><val type=\"" + type + "\" xsi:type=\"ManagedObjectReference\">"
                        + value + "</val></propSet></objects></returnval>");
            }
            return Soap.vim("RetrievePropertiesEx", VimFixtures.taskInfo(call.text("specSet/objectSet/obj"),
                    "success", ""));
        });
        vc.enqueue("fetchSoftwarePackages", Soap.vim("fetchSoftwarePackages", "<returnval><name>epsec-mux</name>"
                + "<version>7.0.3-0.0.21930508</version><type>bootbank</type><vendor>VMware</vendor>"
                + "<acceptanceLevel>VMwareCertified</acceptanceLevel><summary>mux</summary></returnval>"));
        vc.enqueue("UninstallHostPatch_Task", Soap.task("UninstallHostPatch_Task", "task-920"));
        vc.enqueue("EnterMaintenanceMode_Task", Soap.task("EnterMaintenanceMode_Task", "task-921"));
        vc.enqueue("RebootHost_Task", Soap.task("RebootHost_Task", "task-922"));
        vc.enqueue("ExitMaintenanceMode_Task", Soap.task("ExitMaintenanceMode_Task", "task-923"));

        HostOperations hosts = c.connection().hosts();
        assertThat(hosts.installedVibs(HOST)).extracting(SoftwarePackage::name).containsExactly("epsec-mux");
        hosts.removeVib(HOST, "epsec-mux", WAIT);
        hosts.enterMaintenanceMode(HOST, 0, true, WAIT);
        hosts.reboot(HOST, false, WAIT);
        hosts.exitMaintenanceMode(HOST, 0, WAIT);

        assertThat(vc.only("fetchSoftwarePackages").thisValue()).isEqualTo("imageConfigManager-12");
        SoapCall uninstall = vc.only("UninstallHostPatch_Task");
        assertThat(uninstall.thisValue()).isEqualTo("patchManager-12");
        assertThat(uninstall.texts("bulletinIds")).containsExactly("epsec-mux");
        assertThat(vc.only("EnterMaintenanceMode_Task").text("evacuatePoweredOffVms")).isEqualTo("true");
        assertThat(vc.only("RebootHost_Task").text("force")).isEqualTo("false");
        assertThat(vc.names()).containsSubsequence("UninstallHostPatch_Task", "RetrievePropertiesEx",
                "EnterMaintenanceMode_Task", "RetrievePropertiesEx", "RebootHost_Task", "RetrievePropertiesEx",
                "ExitMaintenanceMode_Task", "RetrievePropertiesEx");
    }
}
