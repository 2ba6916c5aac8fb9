package io.gioperator.simulator.vim;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The managed-object type hierarchy, for PropertySpec/TraversalSpec type matching and container-view filters. */
public final class VimTypes {
    private static final Map<String, String> PARENT = new HashMap<>();
    private static final Set<String> OTHER = Set.of("PropertyCollector", "PropertyFilter", "SessionManager",
            "ServiceInstance", "ViewManager", "SearchIndex", "HostImageConfigManager", "HostPatchManager",
            "TaskManager", "EventManager", "ExtensionManager", "OptionManager", "UserDirectory",
            "AuthorizationManager", "PerformanceManager", "ScheduledTaskManager", "AlarmManager", "LicenseManager",
            "CustomFieldsManager", "CustomizationSpecManager", "DiagnosticManager", "FileManager",
            "VirtualDiskManager", "OvfManager", "IpPoolManager", "DistributedVirtualSwitchManager",
            "LocalizationManager", "StorageResourceManager", "GuestOperationsManager", "OverheadMemoryManager",
            "CertificateManager", "IoFilterManager", "VcenterVStorageObjectManager", "CryptoManagerKmip",
            "HealthUpdateManager", "ProfileComplianceManager", "HostProfileManager", "ClusterProfileManager",
            "ServiceManager");

    static {
        PARENT.put("ExtensibleManagedObject", "ManagedObject");
        PARENT.put("ManagedEntity", "ExtensibleManagedObject");
        PARENT.put("Task", "ExtensibleManagedObject");
        for (String t : new String[] {"Folder", "Datacenter", "ComputeResource", "HostSystem", "VirtualMachine",
                "ResourcePool", "Datastore", "Network", "DistributedVirtualSwitch"}) {
            PARENT.put(t, "ManagedEntity");
        }
        PARENT.put("ClusterComputeResource", "ComputeResource");
        PARENT.put("VirtualApp", "ResourcePool");
        PARENT.put("StoragePod", "Folder");
        PARENT.put("DistributedVirtualPortgroup", "Network");
        PARENT.put("OpaqueNetwork", "Network");
        PARENT.put("View", "ManagedObject");
        PARENT.put("ManagedObjectView", "View");
        PARENT.put("ContainerView", "ManagedObjectView");
        PARENT.put("ListView", "ManagedObjectView");
        PARENT.put("InventoryView", "ManagedObjectView");
    }

    private VimTypes() {
    }

    public static boolean known(String type) {
        return type.equals("ManagedObject") || PARENT.containsKey(type) || OTHER.contains(type);
    }

    public static boolean isA(String type, String sup) {
        if (sup.equals("ManagedObject")) {
            return true;
        }
        for (String t = type; t != null; t = PARENT.get(t)) {
            if (t.equals(sup)) {
                return true;
            }
        }
        return false;
    }

    /** The chain from {@code type} up to ManagedObject. */
    public static java.util.List<String> lineage(String type) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String t = type; t != null; t = PARENT.get(t)) {
            out.add(t);
        }
        if (!out.contains("ManagedObject")) {
            out.add("ManagedObject");
        }
        return out;
    }
}
