package io.gioperator.simulator.vim;

import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.V;

/** ServiceInstance.RetrieveServiceContent: the manager references (ids as vCenter uses them) and AboutInfo. */
final class ServiceContentFactory {
    /** field, type, id, in ServiceContent's WSDL order. */
    private static final String[][] MANAGERS = {
        {"propertyCollector", "PropertyCollector", VimObjects.ROOT_PC},
        {"viewManager", "ViewManager", "ViewManager"},
        {"setting", "OptionManager", "VpxSettings"},
        {"userDirectory", "UserDirectory", "UserDirectory"},
        {"sessionManager", "SessionManager", "SessionManager"},
        {"authorizationManager", "AuthorizationManager", "AuthorizationManager"},
        {"serviceManager", "ServiceManager", "ServiceMgr"},
        {"perfManager", "PerformanceManager", "PerfMgr"},
        {"scheduledTaskManager", "ScheduledTaskManager", "ScheduledTaskManager"},
        {"alarmManager", "AlarmManager", "AlarmManager"},
        {"eventManager", "EventManager", "EventManager"},
        {"taskManager", "TaskManager", "TaskManager"},
        {"extensionManager", "ExtensionManager", "ExtensionManager"},
        {"customizationSpecManager", "CustomizationSpecManager", "CustomizationSpecManager"},
        {"customFieldsManager", "CustomFieldsManager", "CustomFieldsManager"},
        {"diagnosticManager", "DiagnosticManager", "DiagMgr"},
        {"licenseManager", "LicenseManager", "LicenseManager"},
        {"searchIndex", "SearchIndex", "SearchIndex"},
        {"fileManager", "FileManager", "FileManager"},
        {"virtualDiskManager", "VirtualDiskManager", "virtualDiskManager"},
        {"ovfManager", "OvfManager", "OvfManager"},
        {"ipPoolManager", "IpPoolManager", "IpPoolManager"},
        {"dvSwitchManager", "DistributedVirtualSwitchManager", "DVSManager"},
        {"localizationManager", "LocalizationManager", "LocalizationManager"},
        {"storageResourceManager", "StorageResourceManager", "StorageResourceManager"},
        {"guestOperationsManager", "GuestOperationsManager", "guestOperationsManager"},
        {"overheadMemoryManager", "OverheadMemoryManager", "OverheadMemoryManager"},
        {"certificateManager", "CertificateManager", "certificateManager"},
        {"ioFilterManager", "IoFilterManager", "IoFilterManager"},
        {"healthUpdateManager", "HealthUpdateManager", "HealthUpdateManager"},
    };

    private final VimContext ctx;

    ServiceContentFactory(VimContext ctx) {
        this.ctx = ctx;
        ctx.objects.singleton("ServiceInstance", "ServiceInstance");
        for (String[] m : MANAGERS) {
            ctx.objects.singleton(m[1], m[2]);
        }
    }

    V.Obj serviceContent() {
        Schema.ObjBuilder b = ctx.schema.build("ServiceContent")
                .put("rootFolder", ctx.inventory.rootFolder().ref())
                .put("about", ctx.about.toObj(ctx.schema));
        for (String[] m : MANAGERS) {
            b.put(m[0], new V.Ref(m[1], m[2]));
        }
        return b.done();
    }
}
