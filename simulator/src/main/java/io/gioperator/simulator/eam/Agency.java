package io.gioperator.simulator.eam;

import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An EAM agency: its configuration (exactly as the client sent it), goal state and agents (one per host). */
final class Agency {
    final String id;
    final String solutionId;
    final String owner;
    /** Pre-existing agencies of other products (vCLS-like) are placed on at most this many hosts per cluster. */
    final Integer hostLimit;
    final Map<String, Agent> agents = new LinkedHashMap<>();
    V.Obj config;
    String goalState;
    /** The agent currently re-provisioning after a config change; others wait (host by host). */
    Agent upgradeHolder;
    boolean destroyed;

    Agency(String id, String solutionId, String owner, Integer hostLimit, V.Obj config, String goalState) {
        this.id = id;
        this.solutionId = solutionId;
        this.owner = owner;
        this.hostLimit = hostLimit;
        this.config = config;
        this.goalState = goalState;
    }

    V.Ref ref() {
        return new V.Ref("Agency", id);
    }

    String agencyName() {
        return config.str("agencyName");
    }

    String agentName() {
        String n = config.str("agentName");
        return n != null ? n : agencyName();
    }

    /** The compute resources in scope. */
    List<V.Ref> scope() {
        V.Obj scope = config.obj("scope");
        return scope == null ? List.of() : scope.refs("computeResource");
    }

    List<V.Obj> agentConfigs() {
        return config.objs("agentConfig");
    }

    List<Agent> agentList() {
        return new ArrayList<>(agents.values());
    }

    boolean flag(String name) {
        return config.bool(name, false);
    }
}
