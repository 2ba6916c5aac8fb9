package io.gioperator.simulator.eam;

import io.gioperator.simulator.soap.V;
import java.time.Instant;
import java.util.List;

/**
 * One EAM issue: a server-unique key, its wire type, when it was raised, the VM it concerns (VmIssue types) and
 * subtype-specific fields.
 */
record Issue(int key, String type, Instant time, V.Ref vm, List<V.Field> extra) {
    Issue {
        extra = List.copyOf(extra);
    }

    /** Issues that describe the agent's VM not existing (Resolve deploys a fresh one). */
    boolean notDeployedFamily() {
        return switch (type) {
            case "VmNotDeployed", "CannotAccessAgentOVF", "IncompatibleHostVersion", "InsufficientResources",
                    "InsufficientSpace", "OvfInvalidFormat", "NoAgentVmDatastore", "NoCustomAgentVmDatastore",
                    "NoAgentVmNetwork", "NoCustomAgentVmNetwork", "VmRequiresHostOutOfMaintenanceMode" -> true;
            default -> false;
        };
    }

    /** Issues that go away when the configuration changes (EAM re-evaluates them after Update). */
    boolean configDependent() {
        return notDeployedFamily() || type.equals("OvfInvalidProperty") || type.equals("CannotAccessAgentVib")
                || type.equals("VibInvalidFormat") || type.equals("VibRequirementsNotMetByHost")
                || type.equals("VibDependenciesNotMetByHost") || type.equals("CertificateNotTrusted");
    }
}
