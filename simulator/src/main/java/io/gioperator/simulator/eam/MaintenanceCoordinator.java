package io.gioperator.simulator.eam;

import io.gioperator.simulator.inventory.Cluster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EAM's maintenance-mode policy: with {@code singleHost} at most one host per cluster is in an EAM-initiated
 * maintenance mode at a time (others wait their turn); with {@code multipleHosts} there is no limit.
 */
final class MaintenanceCoordinator {
    static final String SINGLE_HOST = "singleHost";
    static final String MULTIPLE_HOSTS = "multipleHosts";

    private final Map<Cluster, Set<Agent>> holders = new HashMap<>();
    private final Set<Agent> waiting = new LinkedHashSet<>();
    private String policy = MULTIPLE_HOSTS;

    String policy() {
        return policy;
    }

    void policy(String p) {
        this.policy = p;
    }

    /** Grants the agent its host's maintenance slot, or queues it. */
    boolean acquire(Agent a) {
        Set<Agent> h = holders.computeIfAbsent(a.host.cluster(), c -> new LinkedHashSet<>());
        if (h.contains(a)) {
            return true;
        }
        if (policy.equals(SINGLE_HOST) && !h.isEmpty()) {
            waiting.add(a);
            return false;
        }
        waiting.remove(a);
        h.add(a);
        return true;
    }

    /** Releases the slot; returns the agents that may now proceed. */
    List<Agent> release(Agent a) {
        waiting.remove(a);
        for (Set<Agent> h : holders.values()) {
            h.remove(a);
        }
        List<Agent> wake = new ArrayList<>(waiting);
        return wake;
    }
}
