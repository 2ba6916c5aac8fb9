package io.gioperator.simulator.eam;

import io.gioperator.simulator.inventory.Cluster;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agency lifecycle: create (validated like EAM), Update (full replace, diffed: scope changes add/remove agents,
 * changed agent configs re-provision), goal changes, destroy; and agent creation for hosts entering scope.
 */
final class EamService {
    static final String PRODUCT_LINE = "embeddedEsx";
    private final EamContext ctx;
    private final AgentReconciler reconciler;

    EamService(EamContext ctx, AgentReconciler reconciler) {
        this.ctx = ctx;
        this.reconciler = reconciler;
    }

    Agency create(V.Obj config, String goal, String owner, String solutionId, Integer hostLimit) throws SoapFault {
        checkGoal(goal, "initialGoalState");
        ConfigValidator.validate(ctx.inventory, config);
        SslTrustCheck.checkOnConfigure(ctx.catalogue, config);
        Agency a = new Agency(ctx.world.uuid(), solutionId, owner, hostLimit, config, goal);
        ctx.agencies.put(a.id, a);
        for (Host h : hostsInScope(a)) {
            addAgent(a, h);
        }
        ctx.world.touch();
        return a;
    }

    private static void checkGoal(String goal, String field) throws SoapFault {
        if (!Set.of("enabled", "disabled", "uninstalled").contains(goal)) {
            throw Faults.invalidArgument(field);
        }
    }

    List<Host> hostsInScope(Agency a) {
        List<Host> out = new ArrayList<>();
        for (V.Ref r : a.scope()) {
            if (ctx.inventory.entity(r) instanceof Cluster c) {
                out.addAll(c.hosts());
            }
        }
        return out;
    }

    boolean inScope(Agency a, Cluster c) {
        return a.scope().contains(c.ref());
    }

    void addAgent(Agency a, Host h) {
        if (a.goalState.equals("uninstalled")) {
            return;
        }
        if (a.hostLimit != null && a.agents.values().stream().filter(x -> x.host.cluster() == h.cluster()
                && !x.removing).count() >= a.hostLimit) {
            return;
        }
        Agent agent = new Agent(ctx.world.uuid(), a, h, AgentConfigMatcher.match(a.agentConfigs(), PRODUCT_LINE,
                h.version()));
        agent.vmName = plannedName(a, h);
        a.agents.put(agent.id, agent);
        reconciler.kick(agent);
    }

    private String plannedName(Agency a, Host h) {
        Set<String> taken = new HashSet<>();
        a.agents.values().forEach(x -> taken.add(x.vmName));
        h.cluster().datacenter().vmFolder().children().forEach(e -> taken.add(e.name()));
        for (Entity e : ctx.inventory.all()) {
            if (e.type().equals("VirtualMachine")) {
                taken.add(e.name());
            }
        }
        return VmNaming.next(a.agentName(), a.flag("useUuidVmName"), taken, ctx.world::uuid);
    }

    void update(Agency a, V.Obj config) throws SoapFault {
        ConfigValidator.validate(ctx.inventory, config);
        SslTrustCheck.checkOnConfigure(ctx.catalogue, config);
        a.config = config;
        Set<Host> wanted = new HashSet<>(hostsInScope(a));
        for (Agent agent : a.agentList()) {
            if (!wanted.contains(agent.host)) {
                agent.removing = true;
            } else {
                V.Obj cfg = AgentConfigMatcher.match(a.agentConfigs(), PRODUCT_LINE, agent.host.version());
                if (cfg == null || !cfg.equals(agent.config)) {
                    agent.config = cfg;
                    agent.issues.removeIf(Issue::configDependent);
                }
            }
            reconciler.kick(agent);
        }
        Set<Host> covered = a.agents.values().stream().filter(x -> !x.removing).map(x -> x.host)
                .collect(Collectors.toSet());
        for (Host h : hostsInScope(a)) {
            if (!covered.contains(h)) {
                addAgent(a, h);
            }
        }
        ctx.world.touch();
    }

    void goal(Agency a, String goal) throws SoapFault {
        if (a.goalState.equals("uninstalled") && !goal.equals("uninstalled")) {
            throw Faults.Eam.invalidState("Enabling or disabling an already uninstalled agency is not supported;"
                    + " destroy it and create a new one.");
        }
        a.goalState = goal;
        for (Agent agent : a.agentList()) {
            agent.issues.clear();
            agent.converged = false;
            reconciler.kick(agent);
        }
        ctx.world.touch();
    }

    /** The agency disappears at once; its agents keep removing their VMs and VIBs in the background. */
    void destroy(Agency a) {
        ctx.agencies.remove(a.id);
        ctx.retired.add(a);
        a.destroyed = true;
        for (Agent agent : a.agentList()) {
            agent.issues.clear();
            agent.removing = true;
            agent.sawUnreachable = false;
            reconciler.kick(agent);
        }
        ctx.world.touch();
    }

    void markAsAvailable(Agent a) throws SoapFault {
        if (a.hookPending == null || a.vm == null) {
            throw Faults.Eam.invalidState("The agent has no pending VM hook.");
        }
        a.hooksDone.add(a.vm.id() + ":" + a.hookPending);
        a.hookPending = null;
        reconciler.kick(a);
        ctx.world.touch();
    }

    // ---- inventory events -----------------------------------------------------------------------------------

    void hostJoined(Host h, Cluster c) {
        for (Agency a : List.copyOf(ctx.agencies.values())) {
            if (inScope(a, c) && a.agents.values().stream().noneMatch(x -> x.host == h && !x.removing)) {
                addAgent(a, h);
            }
        }
    }

    void hostLeft(Host h, Cluster c) {
        for (Agency a : List.copyOf(ctx.agencies.values())) {
            if (inScope(a, c)) {
                for (Agent agent : a.agentList()) {
                    if (agent.host == h) {
                        agent.removing = true;
                        reconciler.kick(agent);
                    }
                }
            }
        }
    }

    List<Agent> agentsOn(Host h) {
        List<Agent> out = new ArrayList<>();
        for (Agency a : ctx.allAgencies()) {
            a.agents.values().stream().filter(x -> x.host == h).forEach(out::add);
        }
        return out;
    }
}
