package io.gioperator.simulator.eam;

import io.gioperator.simulator.depot.CatalogueEntry;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.InstalledVib;
import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.soap.V;
import java.util.List;
import java.util.Optional;

/**
 * The agent state machine. Each step looks at the goal and the actual host/VM/VIB state and starts the next
 * action (VIB first, then the VM: download, deploy, power on, wait for the guest and heartbeat), or stops on an
 * issue until Resolve. Steps run on the scheduler, after EAM's detection delay, coalesced per agent.
 */
final class AgentReconciler implements AgentActions.Signals {
    private final EamContext ctx;
    private final AgentActions actions;

    AgentReconciler(EamContext ctx) {
        this.ctx = ctx;
        this.actions = new AgentActions(ctx, this);
    }

    @Override
    public void kick(Agent a) {
        if (!a.stepScheduled) {
            a.stepScheduled = true;
            ctx.scheduler.after(ctx.timings.eamDetect(), () -> step(a));
        }
    }

    @Override
    public void raise(Agent a, String type, V.Ref vm, List<V.Field> extra) {
        if (!a.hasIssue(type)) {
            a.issues.add(ctx.newIssue(type, vm, extra));
            a.converged = false;
            ctx.world.touch();
        }
    }

    void clear(Agent a, String type) {
        if (a.issues.removeIf(i -> i.type().equals(type))) {
            ctx.world.touch();
        }
    }

    @Override
    public void releaseMaintenance(Agent a) {
        ctx.maintenance.release(a).forEach(this::kick);
    }

    void adopt(Agent a) {
        actions.adopt(a);
    }

    void drop(Agent a) {
        a.agency.agents.remove(a.id);
        if (a.agency.upgradeHolder == a) {
            a.agency.upgradeHolder = null;
            a.agency.agents.values().forEach(this::kick);
        }
        releaseMaintenance(a);
        ctx.world.touch();
    }

    void step(Agent a) {
        a.stepScheduled = false;
        if (a.busy || (a.agency.destroyed && !a.removing) || !a.agency.agents.containsKey(a.id)) {
            return;
        }
        boolean was = a.converged;
        a.converged = false;
        Host h = a.host;
        if (h.removed()) {
            drop(a);
            return;
        }
        if (!h.connected()) {
            if (!h.rebooting()) {
                raise(a, "ManagedHostNotReachable", null, List.of());
            }
            a.sawUnreachable |= a.removing;
        } else {
            clear(a, "ManagedHostNotReachable");
            if (a.issues.isEmpty() && !maintenanceStep(a)) {
                String goal = a.removing ? "uninstalled" : a.agency.goalState;
                a.converged = goal.equals("uninstalled") ? uninstallStep(a) : installStep(a, goal);
            }
        }
        if (a.converged != was) {
            ctx.world.touch();
        }
    }

    /** EAM-owned maintenance mode: reboot for staged VIBs, then leave maintenance mode. True if it acted. */
    private boolean maintenanceStep(Agent a) {
        Host h = a.host;
        if (a.maintenancePurpose == Agent.MaintenancePurpose.REBOOT) {
            if (!h.inMaintenance()) {
                requestMaintenance(a);
                return true;
            }
            if (!a.rebootIssued) {
                actions.reboot(a);
                return true;
            }
            a.rebootIssued = false;
            a.maintenancePurpose = Agent.MaintenancePurpose.EXIT;
        }
        if (a.maintenancePurpose == Agent.MaintenancePurpose.EXIT) {
            if (a.holdsMaintenance && h.inMaintenance()) {
                actions.exitMaintenance(a);
                return true;
            }
            a.maintenancePurpose = null;
            a.holdsMaintenance = false;
            releaseMaintenance(a);
        }
        return false;
    }

    private void requestMaintenance(Agent a) {
        if (a.host.enteringMaintenance()) {
            return;
        }
        if (ctx.maintenance.acquire(a)) {
            a.holdsMaintenance = true;
            actions.enterMaintenance(a);
        }
    }

    private boolean vibSatisfied(Agent a) {
        if (a.vibEntry == null || !a.vibUrl().equals(a.vibDownloadedUrl)) {
            return false;
        }
        Optional<InstalledVib> v = a.host.vib(a.vibEntry.name());
        return v.isPresent() && v.get().version().equals(a.vibEntry.version()) && !v.get().pendingRemoval();
    }

    private boolean installStep(Agent a, String goal) {
        Host h = a.host;
        if (a.config == null) {
            raise(a, "IncompatibleHostVersion", null, List.of());
            return false;
        }
        if (a.vibUrl() != null && !vibSatisfied(a)) {
            boolean upgrade = a.installedVibUrl != null && !a.installedVibUrl.equals(a.vibUrl());
            if (upgrade && !acquireUpgrade(a)) {
                return false;
            }
            if (a.vibEntry == null || !a.vibUrl().equals(a.vibDownloadedUrl)) {
                actions.downloadVib(a, a.vibUrl());
            } else if (a.vibEntry.install() == CatalogueEntry.VibInstall.MAINTENANCE_MODE && !h.inMaintenance()) {
                if (a.maintenancePurpose == Agent.MaintenancePurpose.INSTALL) {
                    requestMaintenance(a);
                } else {
                    raise(a, "VibRequiresHostInMaintenanceMode", null, List.of());
                }
            } else {
                actions.installVib(a);
            }
            return false;
        }
        if (a.vibUrl() != null && h.vib(a.vibEntry.name()).map(InstalledVib::pendingInstall).orElse(false)) {
            raise(a, "VibRequiresHostReboot", null, List.of());
            return false;
        }
        return vmStep(a, goal);
    }

    private boolean vmStep(Agent a, String goal) {
        Host h = a.host;
        String ovf = a.ovfUrl();
        Vm vm = a.vm != null && a.vm.removed() ? null : a.vm;
        a.vm = vm;
        if (ovf == null || vm != null && !ovf.equals(a.deployedOvfUrl)) {
            if (vm == null) {
                releaseUpgrade(a);
                return true;
            }
            if (ovf != null && !acquireUpgrade(a)) {
                return false;
            }
            undeploy(a);
            return false;
        }
        if (vm == null) {
            if (h.inMaintenance() && !a.holdsMaintenance) {
                raise(a, "VmRequiresHostOutOfMaintenanceMode", null, List.of());
            } else if (!h.enteringMaintenance()) {
                actions.deploy(a, ovf);
            }
            return false;
        }
        if (vm.corrupted()) {
            raise(a, "VmCorrupted", vm.ref(), List.of(new V.Field("missingFile",
                    new V.Text("xsd:string", vm.vmPathName()))));
            return false;
        }
        if (goal.equals("disabled")) {
            if (vm.poweredOn()) {
                actions.powerOff(a);
                return false;
            }
            releaseUpgrade(a);
            return true;
        }
        if (!vm.poweredOn()) {
            if (h.inMaintenance() || h.enteringMaintenance() || a.hookPending != null) {
                return false;
            }
            if (hookNeeded(a, "provisioned")) {
                a.hookPending = "provisioned";
                ctx.world.touch();
                return false;
            }
            actions.powerOn(a);
            return false;
        }
        if (!vm.guestRunning() || a.hookPending != null) {
            return false;
        }
        if (hookNeeded(a, "poweredOn")) {
            a.hookPending = "poweredOn";
            ctx.world.touch();
            return false;
        }
        releaseUpgrade(a);
        return true;
    }

    private boolean hookNeeded(Agent a, String state) {
        String flag = state.equals("provisioned") ? "manuallyMarkAgentVmAvailableAfterProvisioning"
                : "manuallyMarkAgentVmAvailableAfterPowerOn";
        return a.agency.flag(flag) && !a.hooksDone.contains(a.vm.id() + ":" + state);
    }

    private void undeploy(Agent a) {
        if (a.vm.poweredOn()) {
            actions.powerOff(a);
        } else {
            actions.destroyVm(a);
        }
    }

    private boolean acquireUpgrade(Agent a) {
        if (a.agency.upgradeHolder == null || a.agency.upgradeHolder == a) {
            a.agency.upgradeHolder = a;
            return true;
        }
        return false;
    }

    private void releaseUpgrade(Agent a) {
        if (a.agency.upgradeHolder == a) {
            a.agency.upgradeHolder = null;
            a.agency.agents.values().stream().filter(o -> o != a).forEach(this::kick);
        }
    }

    private boolean uninstallStep(Agent a) {
        if (a.maintenancePurpose == Agent.MaintenancePurpose.INSTALL) {
            // the VIB is no longer wanted: give back (and leave) the maintenance mode EAM asked for
            a.maintenancePurpose = a.holdsMaintenance ? Agent.MaintenancePurpose.EXIT : null;
            if (a.maintenancePurpose == null) {
                releaseMaintenance(a);
            } else if (maintenanceStep(a)) {
                return false;
            }
        }
        Vm vm = a.vm;
        if (vm != null && !vm.removed()) {
            if (a.removing && a.sawUnreachable) {
                raise(a, "VmOrphaned", vm.ref(), List.of());
            } else {
                undeploy(a);
            }
            return false;
        }
        a.vm = null;
        if (a.installedVibUrl != null && a.vibEntry != null && a.host.vib(a.vibEntry.name()).isPresent()) {
            actions.removeVib(a);
            return false;
        }
        if (a.removing) {
            drop(a);
            return false;
        }
        releaseUpgrade(a);
        return true;
    }
}
