package io.gioperator.simulator.eam;

import static io.gioperator.simulator.soap.Schema.many;
import static io.gioperator.simulator.soap.Schema.one;
import static io.gioperator.simulator.soap.Schema.oneOrMore;
import static io.gioperator.simulator.soap.Schema.opt;

import io.gioperator.simulator.soap.Schema;
import java.util.Set;

/** The EAM wire types and methods (namespace urn:eam), fields in WSDL order. */
public final class EamSchema {
    public static final String NS = "urn:eam";

    /** Fault types defined by EAM itself; their details are written in urn:eam, vim faults in urn:vim25. */
    static final Set<String> EAM_FAULTS = Set.of("EamInvalidLogin", "EamServiceNotInitialized", "EamInvalidState",
            "EamSystemFault", "EamIOFault", "EamInvalidVibPackage", "InvalidAgencyScope",
            "InvalidAgentConfiguration", "InvalidUrl", "NoConnectionToVCenter", "NotAuthorized",
            "CertificateNotTrustedFault", "DisabledClusterFault");

    private EamSchema() {
    }

    public static Schema create() {
        Schema s = new Schema();
        config(s);
        runtime(s);
        IssueTypes.declare(s);
        methods(s);
        return s;
    }

    private static void config(Schema s) {
        s.type("AgencyConfigInfo", null, many("agentConfig", "AgentConfigInfo"), opt("scope", "AgencyScope"),
                opt("manuallyMarkAgentVmAvailableAfterProvisioning", "boolean"),
                opt("manuallyMarkAgentVmAvailableAfterPowerOn", "boolean"),
                opt("optimizedDeploymentEnabled", "boolean"), opt("agentName", "string"),
                opt("agencyName", "string"), opt("useUuidVmName", "boolean"), opt("manuallyProvisioned", "boolean"),
                opt("manuallyMonitored", "boolean"), opt("bypassVumEnabled", "boolean"),
                many("agentVmNetwork", "MoRef"), many("agentVmDatastore", "MoRef"),
                opt("preferHostConfiguration", "boolean"), opt("ipPool", "opaque"),
                many("resourcePools", "AgencyVMResourcePool"), many("folders", "AgencyVMFolder"));
        s.abstractType("AgencyScope", null);
        s.type("AgencyComputeResourceScope", "AgencyScope", many("computeResource", "MoRef"));
        s.type("AgencyVMResourcePool", null, one("resourcePoolId", "MoRef"), one("computeResourceId", "MoRef"));
        s.type("AgencyVMFolder", null, one("folderId", "MoRef"), one("datacenterId", "MoRef"));
        s.type("AgentConfigInfo", null, opt("productLineId", "string"), opt("hostVersion", "string"),
                opt("ovfPackageUrl", "string"), opt("ovfSslTrust", "AgentSslTrust"),
                opt("ovfEnvironment", "AgentOvfEnvironmentInfo"), opt("vibUrl", "string"),
                opt("vibSslTrust", "AgentSslTrust"), many("vibMatchingRules", "AgentVibMatchingRule"),
                opt("vibName", "string"), opt("dvFilterEnabled", "boolean"),
                opt("rebootHostAfterVibUninstall", "boolean"), many("vmciService", "string"),
                opt("ovfDiskProvisioning", "string"), many("vmStoragePolicies", "AgentStoragePolicy"),
                opt("vmResourceConfiguration", "string"));
        s.abstractType("AgentSslTrust", null);
        s.type("AgentPinnedPemCertificate", "AgentSslTrust", one("sslCertificate", "string"));
        s.type("AgentAnyCertificate", "AgentSslTrust");
        s.type("AgentOvfEnvironmentInfo", null, many("ovfProperty", "AgentOvfEnvironmentInfoOvfProperty"));
        s.type("AgentOvfEnvironmentInfoOvfProperty", null, one("key", "string"), one("value", "string"));
        s.type("AgentVibMatchingRule", null, one("vibNameRegex", "string"), one("vibVersionRegex", "string"));
        s.abstractType("AgentStoragePolicy", null);
        s.type("AgentVsanStoragePolicy", "AgentStoragePolicy", one("profileId", "string"));
    }

    private static void runtime(Schema s) {
        s.loose("EamObjectRuntimeInfo", null, "status issue:Issue[] goalState entity:MoRef");
        s.loose("AgentRuntimeInfo", "EamObjectRuntimeInfo", "vmPowerState receivingHeartBeat:boolean host:MoRef"
                + " vm:MoRef vmIp vmName esxAgentResourcePool:MoRef esxAgentFolder:MoRef installedBulletin[]"
                + " installedVibs:VibVibInfo[] agency:MoRef vmHook:AgentVmHook");
        s.loose("AgentVmHook", null, "vm:MoRef vmState");
        s.loose("VibVibInfo", null, "id name version vendor summary softwareTags:VibVibInfoSoftwareTags"
                + " releaseDate:dateTime");
        s.loose("VibVibInfoSoftwareTags", null, "tags[]");
    }

    private static void methods(Schema s) {
        s.method("QueryAgency");
        s.method("CreateAgency", one("agencyConfigInfo", "AgencyConfigInfo"), one("initialGoalState", "string"));
        s.method("QueryConfig");
        s.method("Update", one("config", "AgencyConfigInfo"));
        s.method("AgencyQueryRuntime");
        s.method("QueryAgent");
        s.method("QuerySolutionId");
        s.method("Agency_Enable");
        s.method("Agency_Disable");
        s.method("Uninstall");
        s.method("DestroyAgency");
        s.method("AgentQueryRuntime");
        s.method("AgentQueryConfig");
        s.method("MarkAsAvailable");
        s.method("QueryIssue", many("issueKey", "int"));
        s.method("Resolve", oneOrMore("issueKey", "int"));
        s.method("ResolveAll");
        s.method("GetMaintenanceModePolicy");
        s.method("SetMaintenanceModePolicy", one("policy", "string"));
        s.method("ScanForUnknownAgentVm");
    }
}
