package io.gioperator.simulator.eam;

import io.gioperator.simulator.inventory.InstalledVib;
import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** EAM runtime info and issues as written on the wire. */
final class EamWire {
    private final Schema schema;

    EamWire(Schema schema) {
        this.schema = schema;
    }

    V.Obj issue(Agent a, Issue i) {
        Schema.ObjBuilder b = schema.build(i.type()).typed()
                .num("key", (long) i.key())
                .str("description", IssueTypes.description(i.type()))
                .time("time", i.time())
                .put("agency", a.agency.ref())
                .str("agencyName", a.agency.agencyName())
                .str("solutionId", a.agency.solutionId)
                .str("solutionName", a.agency.solutionId)
                .put("agent", a.ref())
                .str("agentName", a.vmName)
                .put("host", a.host.ref())
                .str("hostName", a.host.name());
        if (i.vm() != null && schema.isSubtype(i.type(), "VmIssue")) {
            b.put("vm", i.vm());
        }
        i.extra().forEach(f -> b.put(f.name(), f.value()));
        return b.done();
    }

    List<V> issues(Agent a) {
        List<V> out = new ArrayList<>();
        a.issues.forEach(i -> out.add(issue(a, i)));
        return out;
    }

    static String agencyStatus(Agency agency) {
        boolean yellow = false;
        for (Agent a : agency.agents.values()) {
            String s = a.status();
            if (s.equals("red")) {
                return "red";
            }
            yellow |= s.equals("yellow");
        }
        return yellow ? "yellow" : "green";
    }

    V.Obj agencyRuntime(Agency agency) {
        List<V> issues = new ArrayList<>();
        agency.agents.values().forEach(a -> issues.addAll(issues(a)));
        return schema.build("EamObjectRuntimeInfo").typed()
                .str("status", agencyStatus(agency))
                .all("issue", issues)
                .str("goalState", agency.goalState)
                .put("entity", agency.ref())
                .done();
    }

    V.Obj agentRuntime(Agent a) {
        Schema.ObjBuilder b = schema.build("AgentRuntimeInfo").typed()
                .str("status", a.status())
                .all("issue", issues(a))
                .str("goalState", a.removing ? "uninstalled" : a.agency.goalState)
                .put("entity", a.ref())
                .enumv("vmPowerState", "VirtualMachinePowerState", a.vm == null ? "poweredOff" : a.vm.powerState())
                .bool("receivingHeartBeat", a.vm != null && a.vm.guestRunning())
                .put("host", a.host.ref())
                .str("vmName", a.vmName)
                .put("agency", a.agency.ref());
        if (a.vm != null) {
            b.put("vm", a.vm.ref()).str("vmIp", a.vm.ipAddress())
                    .put("esxAgentResourcePool", a.vm.pool().ref()).put("esxAgentFolder", a.vm.folder().ref());
        }
        installedVib(a).ifPresent(v -> b.strs("installedBulletin", List.of(v.id()))
                .put("installedVibs", schema.build("VibVibInfo").str("id", v.id()).str("name", v.name())
                        .str("version", v.version()).str("vendor", v.vendor()).str("summary", v.summary())
                        .time("releaseDate", v.installDate()).done()));
        if (a.hookPending != null && a.vm != null) {
            b.put("vmHook", schema.build("AgentVmHook").put("vm", a.vm.ref()).str("vmState", a.hookPending).done());
        }
        return b.done();
    }

    private static Optional<InstalledVib> installedVib(Agent a) {
        if (a.installedVibUrl == null || a.vibEntry == null) {
            return Optional.empty();
        }
        return a.host.vib(a.vibEntry.name()).filter(v -> v.active() && !v.pendingRemoval());
    }
}
