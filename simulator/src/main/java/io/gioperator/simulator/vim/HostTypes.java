package io.gioperator.simulator.vim;

import io.gioperator.simulator.soap.Schema;

/** HostSystem data objects, fields in WSDL order. */
final class HostTypes {
    private HostTypes() {
    }

    static void declare(Schema s) {
        s.loose("HostListSummary", null, "host:MoRef hardware:HostHardwareSummary runtime:HostRuntimeInfo"
                + " config:HostConfigSummary quickStats:HostListSummaryQuickStats overallStatus rebootRequired:boolean"
                + " customValue managementServerIp maxEVCModeKey currentEVCModeKey currentEVCGraphicsModeKey"
                + " gateway tpmAttestation trustAuthorityAttestationInfos");
        s.loose("HostHardwareSummary", null, "vendor model uuid otherIdentifyingInfo memorySize:long cpuModel"
                + " cpuMhz:int numCpuPkgs:short numCpuCores:short numCpuThreads:short numNics:int numHBAs:int");
        s.loose("HostListSummaryQuickStats", null, "overallCpuUsage:int overallMemoryUsage:int"
                + " distributedCpuFairness:int distributedMemoryFairness:int availablePMemCapacity:int uptime:int");
        s.loose("HostConfigSummary", null, "name port:int sslThumbprint product:AboutInfo vmotionEnabled:boolean"
                + " faultToleranceEnabled:boolean featureVersion agentVmDatastore:MoRef agentVmNetwork:MoRef");
        s.loose("HostRuntimeInfo", null, "connectionState powerState standbyMode inMaintenanceMode:boolean"
                + " inQuarantineMode:boolean bootTime:dateTime healthSystemRuntime dasHostState tpmPcrValues"
                + " vsanRuntimeInfo networkRuntimeInfo vFlashResourceRuntimeInfo hostMaxVirtualDiskCapacity:long"
                + " cryptoState cryptoKeyId statelessNvdsMigrationReady partialMaintenanceMode stateEncryption");
        s.loose("HostConfigInfo", null, "host:MoRef product:AboutInfo deploymentInfo hyperThread cpuScheduler"
                + " consoleReservation virtualMachineReservation storageDevice multipathState fileSystemVolume"
                + " systemFile network vmotion virtualNicManagerInfo capabilities datastoreCapabilities"
                + " offloadCapabilities service firewall autoStart activeDiagnosticPartition option optionDef"
                + " datastorePrincipal localSwapDatastore:MoRef systemSwapConfiguration systemResources dateTimeInfo"
                + " flags adminDisabled:boolean lockdownMode ipmi sslThumbprintInfo sslThumbprintData certificate"
                + " pciPassthruInfo authenticationManagerInfo featureVersion powerSystemCapability powerSystemInfo"
                + " cacheConfigurationInfo wakeOnLanCapable:boolean featureCapability maskedFeatureCapability"
                + " vFlashConfigInfo vsanHostConfig domainList scriptCheckSum hostConfigCheckSum"
                + " descriptionTreeCheckSum graphicsInfo sharedPassthruGpuTypes graphicsConfig sharedGpuCapabilities"
                + " ioFilterInfo sriovDevicePool assignableHardwareBinding assignableHardwareConfig");
        s.loose("HostConfigManager", null, "cpuScheduler:MoRef datastoreSystem:MoRef memoryManager:MoRef"
                + " storageSystem:MoRef networkSystem:MoRef vmotionSystem:MoRef virtualNicManager:MoRef"
                + " serviceSystem:MoRef firewallSystem:MoRef advancedOption:MoRef diagnosticSystem:MoRef"
                + " autoStartManager:MoRef snmpSystem:MoRef dateTimeSystem:MoRef patchManager:MoRef"
                + " imageConfigManager:MoRef bootDeviceSystem:MoRef firmwareSystem:MoRef healthStatusSystem:MoRef"
                + " pciPassthruSystem:MoRef licenseManager:MoRef kernelModuleSystem:MoRef"
                + " authenticationManager:MoRef powerSystem:MoRef cacheConfigurationManager:MoRef"
                + " esxAgentHostManager:MoRef iscsiManager:MoRef vFlashManager:MoRef vsanSystem:MoRef"
                + " messageBusProxy:MoRef userDirectory:MoRef accountManager:MoRef hostAccessManager:MoRef"
                + " graphicsManager:MoRef vsanInternalSystem:MoRef certificateManager:MoRef cryptoManager:MoRef"
                + " nvdimmSystem:MoRef assignableHardwareManager:MoRef");
        s.loose("SoftwarePackage", null, "name version type vendor acceptanceLevel summary description"
                + " referenceURL[] creationDate:dateTime depends conflicts replaces provides[]"
                + " maintenanceModeRequired:boolean hardwarePlatformsRequired[] capability:SoftwarePackageCapability"
                + " tag[] payload[]");
        s.loose("SoftwarePackageCapability", null, "liveInstallAllowed:boolean liveRemoveAllowed:boolean"
                + " statelessReady:boolean overlay:boolean");
    }
}
