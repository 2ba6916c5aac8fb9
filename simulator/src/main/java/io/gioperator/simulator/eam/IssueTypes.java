package io.gioperator.simulator.eam;

import io.gioperator.simulator.soap.Schema;
import java.util.Map;

/** The EAM issue hierarchy on the wire (fields in WSDL order) and the human descriptions EAM gives them. */
final class IssueTypes {
    private IssueTypes() {
    }

    static void declare(Schema s) {
        s.loose("Issue", null, "key:int description time:dateTime");
        s.loose("AgencyIssue", "Issue", "agency:MoRef agencyName solutionId solutionName");
        s.loose("AgentIssue", "AgencyIssue", "agent:MoRef agentName host:MoRef hostName");
        s.loose("VmIssue", "AgentIssue", "vm:MoRef");
        s.loose("HostIssue", "Issue", "host:MoRef");
        leaf(s, "VibIssue", "AgentIssue");
        leaf(s, "VmNotDeployed", "AgentIssue");
        s.loose("CannotAccessAgentOVF", "VmNotDeployed", "downloadUrl");
        leaf(s, "IncompatibleHostVersion", "VmNotDeployed");
        leaf(s, "InsufficientResources", "VmNotDeployed");
        leaf(s, "InsufficientSpace", "VmNotDeployed");
        s.loose("OvfInvalidFormat", "VmNotDeployed", "error:MethodFault[]");
        leaf(s, "NoAgentVmDatastore", "VmNotDeployed");
        s.loose("NoCustomAgentVmDatastore", "NoAgentVmDatastore",
                "customAgentVmDatastore:MoRef[] customAgentVmDatastoreName[]");
        leaf(s, "NoAgentVmNetwork", "VmNotDeployed");
        s.loose("NoCustomAgentVmNetwork", "NoAgentVmNetwork",
                "customAgentVmNetwork:MoRef[] customAgentVmNetworkName[]");
        leaf(s, "VmRequiresHostOutOfMaintenanceMode", "VmNotDeployed");
        leaf(s, "VmPoweredOff", "VmIssue");
        leaf(s, "VmPoweredOn", "VmIssue");
        leaf(s, "VmSuspended", "VmIssue");
        s.loose("VmCorrupted", "VmIssue", "missingFile");
        leaf(s, "VmOrphaned", "VmIssue");
        leaf(s, "VmDeployed", "VmIssue");
        leaf(s, "HostInMaintenanceMode", "VmDeployed");
        s.loose("OvfInvalidProperty", "AgentIssue", "error:MethodFault[]");
        leaf(s, "ManagedHostNotReachable", "AgentIssue");
        s.loose("CertificateNotTrusted", "AgentIssue", "url");
        leaf(s, "VibNotInstalled", "VibIssue");
        s.loose("CannotAccessAgentVib", "VibNotInstalled", "downloadUrl");
        leaf(s, "VibInvalidFormat", "VibNotInstalled");
        leaf(s, "VibDependenciesNotMetByHost", "VibNotInstalled");
        leaf(s, "VibRequirementsNotMetByHost", "VibNotInstalled");
        leaf(s, "VibRequiresHostInMaintenanceMode", "VibIssue");
        leaf(s, "VibRequiresHostReboot", "VibIssue");
        leaf(s, "VibCannotPutHostInMaintenanceMode", "VibIssue");
        leaf(s, "VibCannotPutHostOutOfMaintenanceMode", "VibIssue");
    }

    private static void leaf(Schema s, String name, String base) {
        s.type(name, base);
    }

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("VmNotDeployed", "An agent virtual machine is expected to be deployed on a host, but it has "
                    + "not been deployed."),
            Map.entry("CannotAccessAgentOVF", "Unable to access the agent OVF package."),
            Map.entry("IncompatibleHostVersion", "The host version is not supported by any agent configuration."),
            Map.entry("OvfInvalidFormat", "The OVF package of the agent is invalid."),
            Map.entry("OvfInvalidProperty", "An OVF property of the agent virtual machine is missing or invalid."),
            Map.entry("NoAgentVmDatastore", "No datastore is configured for the agent virtual machine."),
            Map.entry("NoCustomAgentVmDatastore", "None of the agency's datastores is available on the host."),
            Map.entry("NoAgentVmNetwork", "No network is configured for the agent virtual machine."),
            Map.entry("NoCustomAgentVmNetwork", "None of the agency's networks is available on the host."),
            Map.entry("VmRequiresHostOutOfMaintenanceMode", "The agent virtual machine cannot be deployed while the "
                    + "host is in maintenance mode."),
            Map.entry("VmPoweredOff", "The agent virtual machine is expected to be powered on, but it is powered off."),
            Map.entry("VmPoweredOn", "The agent virtual machine is expected to be powered off, but it is powered on."),
            Map.entry("VmCorrupted", "The agent virtual machine is corrupted."),
            Map.entry("VmOrphaned", "The agent virtual machine is on a host that is no longer in the agency's scope."),
            Map.entry("HostInMaintenanceMode", "The agent virtual machine cannot be operated while the host is in "
                    + "maintenance mode."),
            Map.entry("ManagedHostNotReachable", "The host of the agent is not reachable."),
            Map.entry("CertificateNotTrusted", "vSphere ESX Agent Manager is not able to make a successful SSL "
                    + "trust verification of the server's certificate."),
            Map.entry("VibNotInstalled", "The agent VIB is expected to be installed on the host, but it is not."),
            Map.entry("CannotAccessAgentVib", "Unable to access the agent VIB module."),
            Map.entry("VibInvalidFormat", "The agent VIB bundle is invalid."),
            Map.entry("VibDependenciesNotMetByHost", "The dependencies of the agent VIB are not met by the host."),
            Map.entry("VibRequirementsNotMetByHost", "The requirements of the agent VIB are not met by the host."),
            Map.entry("VibRequiresHostInMaintenanceMode", "The agent VIB requires the host to be in maintenance "
                    + "mode."),
            Map.entry("VibRequiresHostReboot", "The agent VIB requires the host to be rebooted."),
            Map.entry("VibCannotPutHostInMaintenanceMode", "The host cannot be put into maintenance mode to "
                    + "install the agent VIB."),
            Map.entry("VibCannotPutHostOutOfMaintenanceMode", "The host cannot be taken out of maintenance mode."));

    static String description(String type) {
        return DESCRIPTIONS.getOrDefault(type, type);
    }
}
