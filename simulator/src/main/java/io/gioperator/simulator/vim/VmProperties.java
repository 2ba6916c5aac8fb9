package io.gioperator.simulator.vim;

import static io.gioperator.simulator.vim.EntityProperties.refs;

import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.V;

/** VirtualMachine properties: runtime, guest, summary, config, resourcePool, datastore, network. */
final class VmProperties {
    private VmProperties() {
    }

    private static V.Obj runtime(Schema s, Vm vm) {
        return s.build("VirtualMachineRuntimeInfo")
                .put("host", vm.host().ref())
                .enumv("connectionState", "VirtualMachineConnectionState",
                        vm.host().connected() ? "connected" : "disconnected")
                .enumv("powerState", "VirtualMachinePowerState", vm.powerState())
                .enumv("faultToleranceState", "VirtualMachineFaultToleranceState", "notConfigured")
                .bool("toolsInstallerMounted", false)
                .time("bootTime", vm.bootTime())
                .num("numMksConnections", 0L)
                .enumv("recordReplayState", "VirtualMachineRecordReplayState", "inactive")
                .bool("onlineStandby", false)
                .bool("consolidationNeeded", false)
                .done();
    }

    private static V.Obj guest(Schema s, Vm vm) {
        boolean up = vm.guestRunning();
        return s.build("GuestInfo")
                .enumv("toolsStatus", "VirtualMachineToolsStatus", up ? "toolsOk" : "toolsNotRunning")
                .str("toolsVersionStatus2", "guestToolsCurrent")
                .str("toolsRunningStatus", up ? "guestToolsRunning" : "guestToolsNotRunning")
                .str("toolsVersion", "12352")
                .str("guestId", up ? vm.guestId() : null)
                .str("guestFamily", up ? "linuxGuest" : null)
                .str("guestFullName", up ? vm.guestFullName() : null)
                .str("hostName", up ? vm.name().toLowerCase().replaceAll("[^a-z0-9-]", "") : null)
                .str("ipAddress", vm.ipAddress())
                .str("guestState", up ? "running" : "notRunning")
                .done();
    }

    private static V.Obj product(Schema s, Vm vm) {
        Vm.Product p = vm.product();
        return p == null ? null : s.build("VAppProductInfo").num("key", 0L).str("name", p.name())
                .str("vendor", p.vendor()).str("version", p.version()).str("fullVersion", p.fullVersion()).done();
    }

    private static V.Obj summary(Schema s, Vm vm) {
        boolean up = vm.guestRunning();
        V.Obj guest = s.build("VirtualMachineGuestSummary").str("guestId", vm.guestId())
                .str("guestFullName", vm.guestFullName())
                .enumv("toolsStatus", "VirtualMachineToolsStatus", up ? "toolsOk" : "toolsNotRunning")
                .str("toolsRunningStatus", up ? "guestToolsRunning" : "guestToolsNotRunning")
                .str("ipAddress", vm.ipAddress()).done();
        V.Obj config = s.build("VirtualMachineConfigSummary").str("name", vm.name()).bool("template", false)
                .str("vmPathName", vm.vmPathName()).num("memorySizeMB", (long) vm.memoryMb())
                .num("numCpu", (long) vm.numCpu()).num("numEthernetCards", (long) vm.networks().size())
                .num("numVirtualDisks", 1L).str("uuid", vm.uuid()).str("instanceUuid", vm.instanceUuid())
                .str("guestId", vm.guestId()).str("guestFullName", vm.guestFullName())
                .str("annotation", vm.annotation()).put("product", product(s, vm)).done();
        V.Obj quick = s.build("VirtualMachineQuickStats")
                .enumv("guestHeartbeatStatus", "ManagedEntityStatus", up ? "green" : "gray").done();
        return s.build("VirtualMachineSummary").put("vm", vm.ref()).put("runtime", runtime(s, vm))
                .put("guest", guest).put("config", config).put("quickStats", quick)
                .enumv("overallStatus", "ManagedEntityStatus", "green").done();
    }

    private static V.Obj config(Schema s, Vm vm) {
        return s.build("VirtualMachineConfigInfo").str("changeVersion", vm.createdAt().toString())
                .time("modified", vm.createdAt()).str("name", vm.name()).str("guestFullName", vm.guestFullName())
                .str("version", "vmx-19").str("uuid", vm.uuid()).time("createDate", vm.createdAt())
                .str("instanceUuid", vm.instanceUuid()).bool("template", false).str("guestId", vm.guestId())
                .str("alternateGuestName", "").str("annotation", vm.annotation())
                .put("files", s.build("VirtualMachineFileInfo").str("vmPathName", vm.vmPathName()).done())
                .put("flags", s.build("VirtualMachineFlagInfo").done())
                .put("defaultPowerOps", s.build("VirtualMachineDefaultPowerOpInfo").done())
                .put("hardware", s.build("VirtualHardware").num("numCPU", (long) vm.numCpu())
                        .num("memoryMB", (long) vm.memoryMb()).done())
                .done();
    }

    static void register(VimContext ctx) {
        PropertyModel m = ctx.properties;
        Schema s = ctx.schema;
        m.define("VirtualMachine", "runtime", "VirtualMachineRuntimeInfo", (o, c) -> runtime(s, (Vm) o));
        m.define("VirtualMachine", "guest", "GuestInfo", (o, c) -> guest(s, (Vm) o));
        m.define("VirtualMachine", "summary", "VirtualMachineSummary", (o, c) -> summary(s, (Vm) o));
        m.define("VirtualMachine", "config", "VirtualMachineConfigInfo",
                (o, c) -> ((Vm) o).corrupted() ? null : config(s, (Vm) o));
        m.define("VirtualMachine", "guestHeartbeatStatus",
                (o, c) -> V.enumValue("ManagedEntityStatus", ((Vm) o).guestRunning() ? "green" : "gray"));
        m.define("VirtualMachine", "resourcePool", (o, c) -> ((Vm) o).pool().ref());
        m.define("VirtualMachine", "datastore", (o, c) -> refs(((Vm) o).datastores()));
        m.define("VirtualMachine", "network", (o, c) -> refs(((Vm) o).networks()));
    }
}
