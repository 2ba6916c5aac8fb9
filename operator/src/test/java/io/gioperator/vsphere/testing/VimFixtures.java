package io.gioperator.vsphere.testing;

/** Response payloads shaped like a vCenter 8.0 U2 answer (element order from the vim25 WSDL). */
public final class VimFixtures {

    public static final String SERVICE_CONTENT = """
            <returnval>
            <rootFolder type="Folder">group-d1</rootFolder>
            <propertyCollector type="PropertyCollector">propertyCollector</propertyCollector>
            <viewManager type="ViewManager">ViewManager</viewManager>
            <about><name>VMware vCenter Server</name><fullName>VMware vCenter Server 8.0.2 build-22385739</fullName>
            <vendor>VMware, Inc.</vendor><version>8.0.2</version><patchLevel></patchLevel><build>22385739</build>
            <localeVersion>INTL</localeVersion><localeBuild>000</localeBuild><osType>linux-x64</osType>
            <productLineId>vpx</productLineId><apiType>VirtualCenter</apiType><apiVersion>8.0.2.0</apiVersion>
            <instanceUuid>0b6e2a52-4b6b-4e2c-9d5a-6f1f0e2f3a11</instanceUuid>
            <licenseProductName>VMware VirtualCenter Server</licenseProductName>
            <licenseProductVersion>8.0</licenseProductVersion></about>
            <setting type="OptionManager">VpxSettings</setting>
            <userDirectory type="UserDirectory">UserDirectory</userDirectory>
            <sessionManager type="SessionManager">SessionManager</sessionManager>
            <authorizationManager type="AuthorizationManager">AuthorizationManager</authorizationManager>
            <serviceManager type="ServiceManager">ServiceMgr</serviceManager>
            <perfManager type="PerformanceManager">PerfMgr</perfManager>
            <scheduledTaskManager type="ScheduledTaskManager">ScheduledTaskManager</scheduledTaskManager>
            <alarmManager type="AlarmManager">AlarmManager</alarmManager>
            <eventManager type="EventManager">EventManager</eventManager>
            <taskManager type="TaskManager">TaskManager</taskManager>
            <extensionManager type="ExtensionManager">ExtensionManager</extensionManager>
            <searchIndex type="SearchIndex">SearchIndex</searchIndex>
            <fileManager type="FileManager">FileManager</fileManager>
            </returnval>""";

    public static final String USER_SESSION = """
            <returnval><key>52b4cbe5-f3d3-9d47-ae8b-3a4ab8e6a6f0</key><userName>VSPHERE.LOCAL\\gi-operator</userName>
            <fullName>gi-operator </fullName><loginTime>2024-05-02T09:14:03.123456Z</loginTime>
            <lastActiveTime>2024-05-02T09:14:03.123456Z</lastActiveTime><locale>en</locale>
            <messageLocale>en</messageLocale><extensionSession>false</extensionSession>
            <ipAddress>10.0.0.20</ipAddress><userAgent>Java-http-client/17</userAgent><callCount>0</callCount>
            </returnval>""";

    private VimFixtures() {
    }

    /** A TaskInfo as the value of property "info" of a Task (RetrievePropertiesEx answer). */
    public static String taskInfo(String task, String state, String extra) {
        return "<returnval><objects><obj type=\"Task\">" + task + "</obj><propSet><name>info</name>"
                + "<val xsi:type=\"TaskInfo\"><key>" + task + "</key><task type=\"Task\">" + task + "</task>"
                + "<descriptionId>VirtualMachine.powerOff</descriptionId>"
                + "<entity type=\"VirtualMachine\">vm-101</entity><entityName>GI-SVA (1)</entityName>"
                + "<state>" + state + "</state><cancelled>false</cancelled><cancelable>false</cancelable>" + extra
                + "<reason xsi:type=\"TaskReasonUser\"><userName>VSPHERE.LOCAL\\gi-operator</userName></reason>"
                + "<queueTime>2024-05-02T09:20:00.1Z</queueTime><startTime>2024-05-02T09:20:00.2Z</startTime>"
                + "<eventChainId>4242</eventChainId></val></propSet></objects></returnval>";
    }
}
