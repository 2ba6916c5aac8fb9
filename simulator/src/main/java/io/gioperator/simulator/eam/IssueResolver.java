package io.gioperator.simulator.eam;

import io.gioperator.simulator.inventory.Origin;
import io.gioperator.simulator.inventory.Vm;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolve semantics per issue type: active issues start EAM's remediation (power on, redeploy, delete, retry the
 * VIB, enter maintenance mode, reboot); passive and non-remediable ones are dropped and re-checked, so they come
 * back (with a new key) if the condition persists.
 */
final class IssueResolver {
    private final EamContext ctx;
    private final AgentReconciler reconciler;

    IssueResolver(EamContext ctx, AgentReconciler reconciler) {
        this.ctx = ctx;
        this.reconciler = reconciler;
    }

    /** Resolves the given keys among the agents' issues; returns the keys that were not found. */
    List<Integer> resolve(List<Agent> scope, List<Integer> keys) {
        List<Integer> notFound = new ArrayList<>();
        for (Integer key : keys) {
            boolean found = false;
            for (Agent a : scope) {
                for (Issue i : List.copyOf(a.issues)) {
                    if (i.key() == key) {
                        remediate(a, i);
                        found = true;
                    }
                }
            }
            if (!found) {
                notFound.add(key);
            }
        }
        return notFound;
    }

    void resolveAll(List<Agent> scope) {
        for (Agent a : scope) {
            List.copyOf(a.issues).forEach(i -> remediate(a, i));
        }
    }

    private void remediate(Agent a, Issue i) {
        a.issues.remove(i);
        switch (i.type()) {
            case "VmPoweredOff", "VmSuspended" -> a.expectVmOn = false;
            case "VmCorrupted" -> discard(a);
            case "VmRequiresHostOutOfMaintenanceMode", "HostInMaintenanceMode" -> {
                a.holdsMaintenance = true;
                a.maintenancePurpose = Agent.MaintenancePurpose.EXIT;
            }
            case "VmOrphaned" -> a.sawUnreachable = false;
            case "CannotAccessAgentVib", "VibNotInstalled", "VibInvalidFormat", "VibRequirementsNotMetByHost",
                    "VibDependenciesNotMetByHost" -> {
                a.vibEntry = null;
                a.vibDownloadedUrl = null;
            }
            case "VibRequiresHostInMaintenanceMode", "VibCannotPutHostInMaintenanceMode" ->
                    a.maintenancePurpose = a.maintenancePurpose == null || a.maintenancePurpose
                            == Agent.MaintenancePurpose.EXIT ? Agent.MaintenancePurpose.INSTALL : a.maintenancePurpose;
            case "VibRequiresHostReboot" -> {
                a.maintenancePurpose = Agent.MaintenancePurpose.REBOOT;
                a.rebootIssued = false;
            }
            default -> {
                // VmNotDeployed family, OvfInvalidProperty, ManagedHostNotReachable...: the next step re-checks
                // and redeploys (the VM is absent) or raises the issue again.
            }
        }
        a.converged = false;
        ctx.world.touch();
        reconciler.kick(a);
    }

    /** VmCorrupted: EAM deletes the broken VM (the next step deploys a fresh one from the OVF). */
    private void discard(Agent a) {
        Vm vm = a.vm;
        if (vm != null && !vm.removed()) {
            ctx.inventory.removeVm(vm, Origin.EAM);
        }
        a.vm = null;
        a.deployedOvfUrl = null;
        a.expectVmOn = false;
    }
}
