package io.gioperator.simulator.vim;

import static io.gioperator.simulator.soap.Schema.many;
import static io.gioperator.simulator.soap.Schema.one;
import static io.gioperator.simulator.soap.Schema.oneOrMore;
import static io.gioperator.simulator.soap.Schema.opt;

import io.gioperator.simulator.soap.Schema;

/**
 * The vim25 subset the simulator serves: request methods and data objects in WSDL order (enforced on input), and
 * the response data objects (used to emit fields in WSDL order and to validate property paths).
 */
public final class VimSchema {
    public static final String NS = "urn:vim25";

    private VimSchema() {
    }

    public static Schema create() {
        Schema s = new Schema();
        requests(s);
        responses(s);
        methods(s);
        return s;
    }

    private static void requests(Schema s) {
        s.type("PropertyFilterSpec", null, oneOrMore("propSet", "PropertySpec"),
                oneOrMore("objectSet", "ObjectSpec"), opt("reportMissingObjectsInResults", "boolean"));
        s.type("PropertySpec", null, one("type", "string"), opt("all", "boolean"), many("pathSet", "string"));
        s.type("ObjectSpec", null, one("obj", "MoRef"), opt("skip", "boolean"), many("selectSet", "SelectionSpec"));
        s.type("SelectionSpec", null, opt("name", "string"));
        s.type("TraversalSpec", "SelectionSpec", one("type", "string"), one("path", "string"),
                opt("skip", "boolean"), many("selectSet", "SelectionSpec"));
        s.type("RetrieveOptions", null, opt("maxObjects", "int"));
        s.type("WaitOptions", null, opt("maxWaitSeconds", "int"), opt("maxObjectUpdates", "int"));
        s.type("HostSystemReconnectSpec", null, opt("syncState", "boolean"));
        s.type("HostPatchManagerPatchManagerOperationSpec", null, opt("proxy", "string"), opt("port", "int"),
                opt("userName", "string"), opt("password", "string"), opt("cmdOption", "string"));
    }

    private static void methods(Schema s) {
        s.method("RetrieveServiceContent");
        s.method("CurrentTime");
        s.method("Login", one("userName", "string"), one("password", "string"), opt("locale", "string"));
        s.method("Logout");
        s.method("RetrieveProperties", oneOrMore("specSet", "PropertyFilterSpec"));
        s.method("RetrievePropertiesEx", oneOrMore("specSet", "PropertyFilterSpec"),
                one("options", "RetrieveOptions"));
        s.method("ContinueRetrievePropertiesEx", one("token", "string"));
        s.method("CancelRetrievePropertiesEx", one("token", "string"));
        s.method("CreatePropertyCollector");
        s.method("DestroyPropertyCollector");
        s.method("CreateFilter", one("spec", "PropertyFilterSpec"), one("partialUpdates", "boolean"));
        s.method("DestroyPropertyFilter");
        s.method("WaitForUpdatesEx", opt("version", "string"), opt("options", "WaitOptions"));
        s.method("CancelWaitForUpdates");
        s.method("CreateContainerView", one("container", "MoRef"), many("type", "string"),
                one("recursive", "boolean"));
        s.method("DestroyView");
        s.method("FindByInventoryPath", one("inventoryPath", "string"));
        s.method("PowerOnVM_Task", opt("host", "MoRef"));
        s.method("PowerOffVM_Task");
        s.method("Destroy_Task");
        s.method("EnterMaintenanceMode_Task", one("timeout", "int"), opt("evacuatePoweredOffVms", "boolean"),
                opt("maintenanceSpec", "opaque"));
        s.method("ExitMaintenanceMode_Task", one("timeout", "int"));
        s.method("RebootHost_Task", one("force", "boolean"));
        s.method("DisconnectHost_Task");
        s.method("ReconnectHost_Task", opt("cnxSpec", "opaque"), opt("reconnectSpec", "HostSystemReconnectSpec"));
        s.method("fetchSoftwarePackages");
        s.method("UninstallHostPatch_Task", many("bulletinIds", "string"),
                opt("spec", "HostPatchManagerPatchManagerOperationSpec"));
    }

    private static void responses(Schema s) {
        s.loose("ServiceContent", null, "rootFolder:MoRef propertyCollector:MoRef viewManager:MoRef about:AboutInfo"
                + " setting:MoRef userDirectory:MoRef sessionManager:MoRef authorizationManager:MoRef"
                + " serviceManager:MoRef perfManager:MoRef scheduledTaskManager:MoRef alarmManager:MoRef"
                + " eventManager:MoRef taskManager:MoRef extensionManager:MoRef customizationSpecManager:MoRef"
                + " guestCustomizationManager:MoRef customFieldsManager:MoRef accountManager:MoRef"
                + " diagnosticManager:MoRef licenseManager:MoRef searchIndex:MoRef fileManager:MoRef"
                + " datastoreNamespaceManager:MoRef virtualDiskManager:MoRef virtualizationManager:MoRef"
                + " snmpSystem:MoRef vmProvisioningChecker:MoRef vmCompatibilityChecker:MoRef ovfManager:MoRef"
                + " ipPoolManager:MoRef dvSwitchManager:MoRef hostProfileManager:MoRef clusterProfileManager:MoRef"
                + " complianceManager:MoRef localizationManager:MoRef storageResourceManager:MoRef"
                + " guestOperationsManager:MoRef overheadMemoryManager:MoRef certificateManager:MoRef"
                + " ioFilterManager:MoRef vStorageObjectManager:MoRef hostSpecManager:MoRef cryptoManager:MoRef"
                + " healthUpdateManager:MoRef failoverClusterConfigurator:MoRef failoverClusterManager:MoRef"
                + " tenantManager:MoRef siteInfoManager:MoRef storageQueryManager:MoRef");
        s.loose("AboutInfo", null, "name fullName vendor version patchLevel build localeVersion localeBuild osType"
                + " productLineId apiType apiVersion instanceUuid licenseProductName licenseProductVersion");
        s.loose("UserSession", null, "key userName fullName loginTime:dateTime lastActiveTime:dateTime locale"
                + " messageLocale extensionSession:boolean ipAddress userAgent callCount:long");
        s.loose("ObjectContent", null, "obj:MoRef propSet:DynamicProperty[] missingSet:MissingProperty[]");
        s.loose("DynamicProperty", null, "name val:anyType");
        s.loose("MissingProperty", null, "path fault:LocalizedMethodFault");
        s.loose("MissingObject", null, "obj:MoRef fault:LocalizedMethodFault");
        s.loose("LocalizedMethodFault", null, "fault:MethodFault localizedMessage");
        s.loose("RetrieveResult", null, "token objects:ObjectContent[]");
        s.loose("UpdateSet", null, "version filterSet:PropertyFilterUpdate[] truncated:boolean");
        s.loose("PropertyFilterUpdate", null, "filter:MoRef objectSet:ObjectUpdate[] missingSet:MissingObject[]");
        s.loose("ObjectUpdate", null, "kind obj:MoRef changeSet:PropertyChange[] missingSet:MissingProperty[]");
        s.loose("PropertyChange", null, "name op val:anyType");
        s.loose("TaskInfo", null, "key task:MoRef description name descriptionId entity:MoRef entityName"
                + " locked:MoRef[] state cancelled:boolean cancelable:boolean error:LocalizedMethodFault"
                + " result:anyType progress:int progressDetails reason:TaskReason queueTime:dateTime"
                + " startTime:dateTime completeTime:dateTime eventChainId:int changeTag parentTaskKey rootTaskKey"
                + " activationId");
        s.type("TaskReason", null);
        s.type("TaskReasonUser", "TaskReason", one("userName", "string"));
        s.type("TaskReasonSystem", "TaskReason");
        HostTypes.declare(s);
        VmTypes.declare(s);
        s.loose("DatastoreSummary", null, "datastore:MoRef name url capacity:long freeSpace:long uncommitted:long"
                + " accessible:boolean multipleHostAccess:boolean type maintenanceMode");
    }
}
