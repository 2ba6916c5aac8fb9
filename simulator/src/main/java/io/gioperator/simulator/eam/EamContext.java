package io.gioperator.simulator.eam;

import io.gioperator.simulator.core.SimScheduler;
import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.depot.Catalogue;
import io.gioperator.simulator.inventory.HostOperations;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.VmOperations;
import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.V;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** EAM's shared state and collaborators. Guarded by the world lock. */
final class EamContext {
    final World world;
    final Schema schema;
    final Inventory inventory;
    final Catalogue catalogue;
    final SimScheduler scheduler;
    final Timings timings;
    final VmOperations vmOps;
    final HostOperations hostOps;
    final Map<String, Agency> agencies = new LinkedHashMap<>();
    /** Destroyed agencies whose agents are still removing their VMs and VIBs. */
    final List<Agency> retired = new java.util.ArrayList<>();
    final MaintenanceCoordinator maintenance = new MaintenanceCoordinator();
    private int issueSeq;

    EamContext(World world, Schema schema, Inventory inventory, Catalogue catalogue, SimScheduler scheduler,
            Timings timings, VmOperations vmOps, HostOperations hostOps) {
        this.world = world;
        this.schema = schema;
        this.inventory = inventory;
        this.catalogue = catalogue;
        this.scheduler = scheduler;
        this.timings = timings;
        this.vmOps = vmOps;
        this.hostOps = hostOps;
    }

    Issue newIssue(String type, V.Ref vm, List<V.Field> extra) {
        return new Issue(++issueSeq, type, world.now(), vm, extra);
    }

    /** Live and still-cleaning-up agencies. */
    List<Agency> allAgencies() {
        retired.removeIf(a -> a.agents.isEmpty());
        List<Agency> all = new java.util.ArrayList<>(agencies.values());
        all.addAll(retired);
        return all;
    }

    Agent agent(String id) {
        for (Agency a : agencies.values()) {
            Agent ag = a.agents.get(id);
            if (ag != null) {
                return ag;
            }
        }
        return null;
    }
}
