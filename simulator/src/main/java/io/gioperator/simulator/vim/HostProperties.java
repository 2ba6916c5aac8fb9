package io.gioperator.simulator.vim;

import static io.gioperator.simulator.vim.EntityProperties.refs;

import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.V;

/** HostSystem properties: runtime, summary (with the product), config, configManager, vm/datastore/network. */
final class HostProperties {
    private HostProperties() {
    }

    static V.Obj product(Schema schema, Host h) {
        String[] v = h.version().split("\\.");
        return schema.build("AboutInfo")
                .str("name", "VMware ESXi")
                .str("fullName", h.fullName())
                .str("vendor", "VMware, Inc.")
                .str("version", h.version())
                .str("build", h.build())
                .str("localeVersion", "INTL")
                .str("localeBuild", "000")
                .str("osType", "vmnix-x86")
                .str("productLineId", "embeddedEsx")
                .str("apiType", "HostAgent")
                .str("apiVersion", h.apiVersion())
                .str("licenseProductName", "VMware ESX Server")
                .str("licenseProductVersion", v.length >= 2 ? v[0] + "." + v[1] : h.version())
                .done();
    }

    private static V.Obj runtime(Schema schema, Host h) {
        String power = h.connected() ? "poweredOn" : "unknown";
        return schema.build("HostRuntimeInfo")
                .enumv("connectionState", "HostSystemConnectionState", h.connectionState())
                .enumv("powerState", "HostSystemPowerState", power)
                .enumv("standbyMode", "HostStandbyMode", "none")
                .bool("inMaintenanceMode", h.inMaintenance())
                .bool("inQuarantineMode", false)
                .time("bootTime", h.bootTime())
                .done();
    }

    private static V.Obj summary(Schema schema, Host h) {
        V.Obj hardware = schema.build("HostHardwareSummary").str("vendor", "Dell Inc.")
                .str("model", "PowerEdge R650").str("uuid", h.hardwareUuid())
                .num("memorySize", 549_755_813_888L).str("cpuModel", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz")
                .num("cpuMhz", 2000L).num("numCpuPkgs", 2L).num("numCpuCores", 64L).num("numCpuThreads", 128L)
                .num("numNics", 4L).num("numHBAs", 2L).done();
        V.Obj config = schema.build("HostConfigSummary").str("name", h.name()).num("port", 443L)
                .put("product", product(schema, h)).bool("vmotionEnabled", true)
                .bool("faultToleranceEnabled", false).done();
        V.Obj quick = schema.build("HostListSummaryQuickStats")
                .num("overallCpuUsage", h.connected() ? 1200L + 150L * h.vms().size() : null)
                .num("overallMemoryUsage", h.connected() ? 16384L + 4096L * h.vms().size() : null).done();
        String status = h.connected() ? "green" : h.connectionState().equals("notResponding") ? "red" : "gray";
        return schema.build("HostListSummary").put("host", h.ref()).put("hardware", hardware)
                .put("runtime", runtime(schema, h)).put("config", config).put("quickStats", quick)
                .enumv("overallStatus", "ManagedEntityStatus", status).bool("rebootRequired", h.rebootRequired())
                .str("managementServerIp", "127.0.0.1").done();
    }

    static void register(VimContext ctx) {
        PropertyModel m = ctx.properties;
        Schema s = ctx.schema;
        m.define("HostSystem", "runtime", "HostRuntimeInfo", (o, c) -> runtime(s, (Host) o));
        m.define("HostSystem", "summary", "HostListSummary", (o, c) -> summary(s, (Host) o));
        m.define("HostSystem", "config", "HostConfigInfo", (o, c) -> s.build("HostConfigInfo")
                .put("host", ((Host) o).ref()).put("product", product(s, (Host) o)).bool("adminDisabled", false)
                .done());
        m.define("HostSystem", "configManager", "HostConfigManager", (o, c) -> {
            Host h = (Host) o;
            return s.build("HostConfigManager")
                    .put("patchManager", new V.Ref("HostPatchManager", h.patchManagerId()))
                    .put("imageConfigManager", new V.Ref("HostImageConfigManager", h.imageConfigManagerId()))
                    .done();
        });
        m.define("HostSystem", "vm", (o, c) -> refs(((Host) o).vms()));
        m.define("HostSystem", "datastore", (o, c) -> refs(((Host) o).datastores()));
        m.define("HostSystem", "network", (o, c) -> refs(((Host) o).networks()));
    }
}
