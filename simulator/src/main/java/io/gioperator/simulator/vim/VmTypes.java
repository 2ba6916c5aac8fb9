package io.gioperator.simulator.vim;

import io.gioperator.simulator.soap.Schema;

/** VirtualMachine data objects, fields in WSDL order. */
final class VmTypes {
    private VmTypes() {
    }

    static void declare(Schema s) {
        s.loose("VirtualMachineRuntimeInfo", null, "device host:MoRef connectionState powerState"
                + " vmFailoverInProgress:boolean faultToleranceState dasVmProtection toolsInstallerMounted:boolean"
                + " suspendTime:dateTime bootTime:dateTime suspendInterval:long question memoryOverhead:long"
                + " maxCpuUsage:int maxMemoryUsage:int numMksConnections:int recordReplayState cleanPowerOff:boolean"
                + " needSecondaryReason onlineStandby:boolean minRequiredEVCModeKey consolidationNeeded:boolean"
                + " offlineFeatureRequirement featureRequirement featureMask vFlashCacheAllocation:long paused:boolean"
                + " snapshotInBackground:boolean quiescedForkParent:boolean instantCloneFrozen:boolean cryptoState"
                + " suspendedToMemory:boolean opNotificationTimeout:long iommuActive:boolean");
        s.loose("GuestInfo", null, "toolsStatus toolsVersionStatus toolsVersionStatus2 toolsRunningStatus"
                + " toolsVersion toolsInstallType guestId guestFamily guestFullName guestDetailedData hostName"
                + " ipAddress net ipStack disk screen guestState appHeartbeatStatus guestKernelCrashed:boolean appState"
                + " guestOperationsReady:boolean interactiveGuestOperationsReady:boolean"
                + " guestStateChangeSupported:boolean generationInfo hwVersion customizationInfo");
        s.loose("VirtualMachineSummary", null, "vm:MoRef runtime:VirtualMachineRuntimeInfo"
                + " guest:VirtualMachineGuestSummary config:VirtualMachineConfigSummary storage"
                + " quickStats:VirtualMachineQuickStats overallStatus customValue");
        s.loose("VirtualMachineConfigSummary", null, "name template:boolean vmPathName memorySizeMB:int"
                + " cpuReservation:int memoryReservation:int numCpu:int numEthernetCards:int numVirtualDisks:int uuid"
                + " instanceUuid guestId guestFullName annotation product:VAppProductInfo installBootRequired:boolean"
                + " ftInfo managedBy tpmPresent:boolean numVmiopBackings:int hwVersion");
        s.loose("VirtualMachineGuestSummary", null, "guestId guestFullName toolsStatus toolsVersionStatus"
                + " toolsVersionStatus2 toolsRunningStatus hostName ipAddress hwVersion");
        s.loose("VirtualMachineQuickStats", null, "overallCpuUsage:int overallCpuDemand:int overallCpuReadiness:int"
                + " guestMemoryUsage:int hostMemoryUsage:int guestHeartbeatStatus distributedCpuEntitlement:int"
                + " distributedMemoryEntitlement:int staticCpuEntitlement:int staticMemoryEntitlement:int"
                + " grantedMemory:int privateMemory:int sharedMemory:int swappedMemory:int balloonedMemory:int"
                + " consumedOverheadMemory:int ftLogBandwidth:int ftSecondaryLatency:int ftLatencyStatus"
                + " compressedMemory:long uptimeSeconds:int ssdSwappedMemory:long activeMemory:int memoryTierStats");
        s.loose("VAppProductInfo", null, "key:int classId instanceId name vendor version fullVersion vendorUrl"
                + " productUrl appUrl");
        s.loose("VirtualMachineConfigInfo", null, "changeVersion modified:dateTime name guestFullName version uuid"
                + " createDate:dateTime instanceUuid npivNodeWorldWideName npivPortWorldWideName"
                + " npivWorldWideNameType npivDesiredNodeWwns npivDesiredPortWwns npivTemporaryDisabled"
                + " npivOnNonRdmDisks locationId template:boolean guestId alternateGuestName annotation"
                + " files:VirtualMachineFileInfo tools flags:VirtualMachineFlagInfo consolePreferences"
                + " defaultPowerOps:VirtualMachineDefaultPowerOpInfo rebootPowerOff:boolean hardware:VirtualHardware"
                + " vcpuConfig cpuAllocation memoryAllocation latencySensitivity memoryHotAddEnabled:boolean"
                + " cpuHotAddEnabled:boolean cpuHotRemoveEnabled:boolean hotPlugMemoryLimit:long"
                + " hotPlugMemoryIncrementSize:long cpuAffinity memoryAffinity networkShaper extraConfig cpuFeatureMask"
                + " datastoreUrl swapPlacement bootOptions ftInfo repConfig vAppConfig vAssertsEnabled:boolean"
                + " changeTrackingEnabled:boolean firmware maxMksConnections:int guestAutoLockEnabled:boolean"
                + " managedBy memoryReservationLockedToMax:boolean initialOverhead nestedHVEnabled:boolean"
                + " vPMCEnabled:boolean scheduledHardwareUpgradeInfo forkConfigInfo vFlashCacheReservation:long"
                + " vmxConfigChecksum messageBusTunnelEnabled:boolean vmStorageObjectId swapStorageObjectId keyId"
                + " guestIntegrityInfo migrateEncryption sgxInfo contentLibItemInfo ftEncryptionMode"
                + " guestMonitoringModeInfo sevEnabled:boolean numaInfo pmemFailoverEnabled:boolean"
                + " vmxStatsCollectionEnabled:boolean vmOpNotificationToAppEnabled:boolean"
                + " vmOpNotificationTimeout:long deviceSwap pmem deviceGroups fixedPassthruHotPlugEnabled:boolean"
                + " metroFtEnabled:boolean metroFtHostGroup");
        s.loose("VirtualMachineFileInfo", null, "vmPathName snapshotDirectory suspendDirectory logDirectory"
                + " ftMetadataDirectory");
        s.loose("VirtualMachineFlagInfo", null, "disableAcceleration:boolean enableLogging:boolean"
                + " useToe:boolean runWithDebugInfo:boolean monitorType htSharing snapshotDisabled:boolean"
                + " snapshotLocked:boolean diskUuidEnabled:boolean virtualMmuUsage virtualExecUsage"
                + " snapshotPowerOffBehavior recordReplayEnabled:boolean faultToleranceType cbrcCacheEnabled:boolean"
                + " vvtdEnabled:boolean vbsEnabled:boolean");
        s.loose("VirtualMachineDefaultPowerOpInfo", null, "powerOffType suspendType resetType defaultPowerOffType"
                + " defaultSuspendType defaultResetType standbyAction");
        s.loose("VirtualHardware", null, "numCPU:int numCoresPerSocket:int autoCoresPerSocket:boolean memoryMB:int"
                + " virtualICH7MPresent:boolean virtualSMCPresent:boolean device motherboardLayout simultaneousThreads:int");
    }
}
