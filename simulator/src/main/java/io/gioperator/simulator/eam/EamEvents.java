package io.gioperator.simulator.eam;

import io.gioperator.simulator.inventory.Cluster;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.InstalledVib;
import io.gioperator.simulator.inventory.InventoryListener;
import io.gioperator.simulator.inventory.Origin;
import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.soap.V;
import java.util.List;
import java.util.Optional;

/**
 * How EAM notices what happens to its hosts and VMs: out-of-band power-off (VmPoweredOff), deletion
 * (VmNotDeployed), corruption (VmCorrupted), VIB removal (VibNotInstalled), host state changes, and hosts
 * joining or leaving clusters in scope.
 */
final class EamEvents implements InventoryListener {
    private final EamContext ctx;
    private final EamService service;
    private final AgentReconciler reconciler;

    EamEvents(EamContext ctx, EamService service, AgentReconciler reconciler) {
        this.ctx = ctx;
        this.service = service;
        this.reconciler = reconciler;
    }

    private Optional<Agent> agentOf(Vm vm) {
        if (vm.ownerAgency() == null) {
            return Optional.empty();
        }
        return service.agentsOn(vm.host()).stream().filter(a -> a.vm == vm).findFirst();
    }

    private static boolean external(Origin o) {
        return o == Origin.CLIENT || o == Origin.CONTROL;
    }

    @Override
    public void vmPowerChanged(Vm vm, Origin origin) {
        agentOf(vm).ifPresent(a -> {
            String goal = a.removing ? "uninstalled" : a.agency.goalState;
            if (!vm.poweredOn()) {
                if (external(origin) && a.expectVmOn && goal.equals("enabled")) {
                    reconciler.raise(a, "VmPoweredOff", vm.ref(), List.of());
                }
                a.expectVmOn = false;
            } else if (external(origin) && goal.equals("disabled")) {
                reconciler.raise(a, "VmPoweredOn", vm.ref(), List.of());
            }
            reconciler.kick(a);
        });
    }

    @Override
    public void vmGuestChanged(Vm vm) {
        agentOf(vm).ifPresent(reconciler::kick);
    }

    @Override
    public void vmRemoved(Vm vm, Origin origin) {
        agentOf(vm).ifPresent(a -> {
            a.vm = null;
            a.deployedOvfUrl = null;
            a.expectVmOn = false;
            a.issues.removeIf(i -> vm.ref().equals(i.vm()));
            String goal = a.removing ? "uninstalled" : a.agency.goalState;
            if (origin != Origin.EAM && !goal.equals("uninstalled") && !vm.host().removed()) {
                reconciler.raise(a, "VmNotDeployed", null, List.of());
            }
            reconciler.kick(a);
        });
    }

    @Override
    public void vmCorrupted(Vm vm) {
        agentOf(vm).ifPresent(a -> {
            reconciler.raise(a, "VmCorrupted", vm.ref(), List.of(new V.Field("missingFile",
                    new V.Text("xsd:string", vm.vmPathName()))));
            reconciler.kick(a);
        });
    }

    @Override
    public void hostAdded(Host host) {
        service.hostJoined(host, host.cluster());
    }

    @Override
    public void hostRemoved(Host host, Cluster formerCluster) {
        service.agentsOn(host).forEach(reconciler::kick);
    }

    @Override
    public void hostMoved(Host host, Cluster from, Cluster to) {
        service.hostLeft(host, from);
        service.hostJoined(host, to);
    }

    @Override
    public void hostStateChanged(Host host) {
        service.agentsOn(host).forEach(reconciler::kick);
    }

    @Override
    public void vibsChanged(Host host) {
        for (Agent a : service.agentsOn(host)) {
            if (a.installedVibUrl != null && a.vibEntry != null && !a.removing) {
                Optional<InstalledVib> v = host.vib(a.vibEntry.name());
                if (v.isEmpty() || v.get().pendingRemoval()) {
                    a.installedVibUrl = null;
                    reconciler.raise(a, "VibNotInstalled", null, List.of());
                }
            }
            reconciler.kick(a);
        }
    }
}
