package io.gioperator.vsphere.testing;

/** ObjectContent payloads as vCenter returns them (propSet sorted by name, values xsi:typed). */
public final class InventoryFixtures {

    private InventoryFixtures() {
    }

    public static String host(String id, String name, String version, String build, String connection,
                              boolean maintenance) {
        String num = id.substring(id.indexOf('-') + 1);
        return "<objects><obj type=\"HostSystem\">" + id + "</obj>"
                + "<propSet><name>configManager.imageConfigManager</name><val type=\"HostImageConfigManager\" "
                + "xsi:type=\"ManagedObjectReference\">imageConfigManager-" + num + "</val></propSet>"
                + "<propSet><name>configManager.patchManager</name><val type=\"HostPatchManager\" "
                + "xsi:type=\"ManagedObjectReference\">patchManager-" + num + "</val></propSet>"
                + "<propSet><name>name</name><val xsi:type=\"xsd:string\">" + name + "</val></propSet>"
                + "<propSet><name>runtime.connectionState</name><val xsi:type=\"HostSystemConnectionState\">"
                + connection + "</val></propSet>"
                + "<propSet><name>runtime.inMaintenanceMode</name><val xsi:type=\"xsd:boolean\">" + maintenance
                + "</val></propSet>"
                + "<propSet><name>summary.config.product</name><val xsi:type=\"AboutInfo\"><name>VMware ESXi</name>"
                + "<fullName>VMware ESXi " + version + " build-" + build + "</fullName><vendor>VMware, Inc.</vendor>"
                + "<version>" + version + "</version><patchLevel>0.0</patchLevel><build>" + build + "</build>"
                + "<localeVersion>INTL</localeVersion><localeBuild>000</localeBuild><osType>vmnix-x86</osType>"
                + "<productLineId>embeddedEsx</productLineId><apiType>HostAgent</apiType><apiVersion>7.0.3.0</apiVersion>"
                + "<licenseProductName>VMware ESX Server</licenseProductName><licenseProductVersion>7.0</licenseProductVersion>"
                + "</val></propSet></objects>";
    }

    /** A VM; {@code ip} null leaves guest.ipAddress out, as vCenter does while Tools reports none. */
    public static String vm(String id, String name, String power, String ip, String host) {
        return "<objects><obj type=\"VirtualMachine\">" + id + "</obj>"
                + (ip == null ? "" : "<propSet><name>guest.ipAddress</name><val xsi:type=\"xsd:string\">" + ip
                + "</val></propSet>")
                + "<propSet><name>name</name><val xsi:type=\"xsd:string\">" + name + "</val></propSet>"
                + "<propSet><name>runtime.host</name><val type=\"HostSystem\" xsi:type=\"ManagedObjectReference\">"
                + host + "</val></propSet>"
                + "<propSet><name>runtime.powerState</name><val xsi:type=\"VirtualMachinePowerState\">" + power
                + "</val></propSet></objects>";
    }
}
