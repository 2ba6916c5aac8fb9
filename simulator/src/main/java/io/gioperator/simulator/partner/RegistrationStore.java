package io.gioperator.simulator.partner;

import io.gioperator.simulator.core.World;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.InventoryListener;
import io.gioperator.simulator.inventory.Origin;
import io.gioperator.simulator.inventory.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registrations (one per host) and the heartbeat history of every SVA, including VMs already deleted (their
 * last interval is kept so that a registration can report when the last heartbeat came). Guarded by the world lock.
 */
final class RegistrationStore implements InventoryListener {
    /** Outcome of a registration: the stored record and whether it was created (201) or already there (200). */
    record Registered(Registration registration, boolean created) {
    }

    private final World world;
    private final Inventory inventory;
    private final Map<String, Registration> byId = new LinkedHashMap<>();
    private final Map<String, HeartbeatStatus.History> removedVms = new HashMap<>();

    RegistrationStore(World world, Inventory inventory) {
        this.world = world;
        this.inventory = inventory;
        inventory.addListener(this);
    }

    Registered register(Registration r) {
        for (Registration existing : List.copyOf(byId.values())) {
            if (existing.hostId().equals(r.hostId())) {
                if (existing.vmId().equals(r.vmId())) {
                    Registration updated = existing.refreshed(r);
                    byId.put(updated.id(), updated);
                    world.touch();
                    return new Registered(updated, false);
                }
                byId.remove(existing.id());
            }
        }
        Registration created = new Registration("reg-" + world.uuid(), r.clusterId(), r.clusterName(), r.hostId(),
                r.hostName(), r.vmId(), r.vmName(), r.ipAddress(), r.svaVersion(), r.muxVersion(), world.now());
        byId.put(created.id(), created);
        world.touch();
        return new Registered(created, true);
    }

    List<Registration> list(String clusterId) {
        List<Registration> out = new ArrayList<>();
        byId.values().stream().filter(r -> clusterId == null || r.clusterId().equals(clusterId)).forEach(out::add);
        return out;
    }

    Optional<Registration> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean delete(String id) {
        boolean removed = byId.remove(id) != null;
        if (removed) {
            world.touch();
        }
        return removed;
    }

    HeartbeatStatus.History history(String vmId) {
        Entity e = inventory.entity(vmId);
        if (e instanceof Vm vm) {
            return new HeartbeatStatus.History(vm.heartbeatSince(), vm.lastIntervalStart(), vm.lastIntervalEnd(),
                    vm.scannerFailed());
        }
        return removedVms.getOrDefault(vmId, HeartbeatStatus.History.NONE);
    }

    @Override
    public void vmRemoved(Vm vm, Origin origin) {
        if (vm.lastIntervalEnd() != null) {
            removedVms.put(vm.id(), new HeartbeatStatus.History(null, vm.lastIntervalStart(), vm.lastIntervalEnd(),
                    vm.scannerFailed()));
        }
    }
}
