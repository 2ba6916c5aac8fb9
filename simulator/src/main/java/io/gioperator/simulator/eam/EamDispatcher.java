package io.gioperator.simulator.eam;

import io.gioperator.simulator.control.FaultInjector;
import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.session.SessionManager;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.SoapHandler;
import io.gioperator.simulator.soap.SoapHandler.Reply;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The EAM dispatcher: fields newer than the SOAPAction's version (InvalidRequest), "still loading" injection, the vCenter session cookie (EamInvalidLogin without it),
 * receiver resolution (ManagedObjectNotFound for destroyed agencies), receiver type check, then the method.
 */
final class EamDispatcher implements SoapHandler.Dispatcher {
    private static final String MANAGER = "EsxAgentManager";
    private static final Set<String> EAM_OBJECT_METHODS = Set.of("QueryIssue", "Resolve", "ResolveAll");

    private interface Handler {
        Reply handle(Session s, Object target, V.Obj p) throws SoapFault;
    }

    private record Method(String receiver, Handler handler) {
    }

    private final EamContext ctx;
    private final EamService service;
    private final IssueResolver resolver;
    private final EamWire wire;
    private final SessionManager sessions;
    private final FaultInjector faults;
    private final Map<String, Method> methods = new HashMap<>();

    EamDispatcher(EamContext ctx, EamService service, IssueResolver resolver, SessionManager sessions,
            FaultInjector faults) {
        this.ctx = ctx;
        this.service = service;
        this.resolver = resolver;
        this.wire = new EamWire(ctx.schema);
        this.sessions = sessions;
        this.faults = faults;
        register();
    }

    private void on(String name, String receiver, Handler h) {
        methods.put(name, new Method(receiver, h));
    }

    private void register() {
        on("QueryAgency", MANAGER, (s, t, p) -> new Reply(ctx.agencies.values().stream().map(Agency::ref).toList(),
                null));
        on("CreateAgency", MANAGER, (s, t, p) -> Reply.of(service.create(p.obj("agencyConfigInfo"),
                p.str("initialGoalState"), s.userName(), s.userName(), null).ref()));
        on("GetMaintenanceModePolicy", MANAGER, (s, t, p) -> Reply.of(V.str(ctx.maintenance.policy())));
        on("SetMaintenanceModePolicy", MANAGER, (s, t, p) -> {
            String policy = p.str("policy");
            if (!Set.of(MaintenanceCoordinator.SINGLE_HOST, MaintenanceCoordinator.MULTIPLE_HOSTS).contains(policy)) {
                throw Faults.invalidArgument("policy");
            }
            ctx.maintenance.policy(policy);
            return Reply.none();
        });
        on("ScanForUnknownAgentVm", MANAGER, (s, t, p) -> Reply.none());
        on("QueryConfig", "Agency", (s, t, p) -> Reply.of(((Agency) t).config));
        on("Update", "Agency", (s, t, p) -> {
            service.update((Agency) t, p.obj("config"));
            return Reply.none();
        });
        on("AgencyQueryRuntime", "Agency", (s, t, p) -> Reply.of(wire.agencyRuntime((Agency) t)));
        on("QueryAgent", "Agency", (s, t, p) -> new Reply(((Agency) t).agents.values().stream().map(Agent::ref)
                .toList(), null));
        on("QuerySolutionId", "Agency", (s, t, p) -> Reply.of(V.str(((Agency) t).solutionId)));
        on("Agency_Enable", "Agency", (s, t, p) -> goal((Agency) t, "enabled"));
        on("Agency_Disable", "Agency", (s, t, p) -> goal((Agency) t, "disabled"));
        on("Uninstall", "Agency", (s, t, p) -> goal((Agency) t, "uninstalled"));
        on("DestroyAgency", "Agency", (s, t, p) -> {
            service.destroy((Agency) t);
            return Reply.none();
        });
        on("AgentQueryRuntime", "Agent", (s, t, p) -> Reply.of(wire.agentRuntime((Agent) t)));
        on("AgentQueryConfig", "Agent", (s, t, p) -> {
            V.Obj cfg = ((Agent) t).config;
            return Reply.of(cfg != null ? cfg : new V.Obj("AgentConfigInfo", List.of(), false));
        });
        on("MarkAsAvailable", "Agent", (s, t, p) -> {
            service.markAsAvailable((Agent) t);
            return Reply.none();
        });
        on("QueryIssue", null, (s, t, p) -> {
            List<Integer> keys = p.all("issueKey").stream().map(v -> Integer.valueOf(((V.Text) v).text().trim()))
                    .toList();
            List<V> out = new ArrayList<>();
            for (Agent a : agentsOf(t)) {
                a.issues.stream().filter(i -> keys.isEmpty() || keys.contains(i.key()))
                        .forEach(i -> out.add(wire.issue(a, i)));
            }
            return new Reply(out, null);
        });
        on("Resolve", null, (s, t, p) -> {
            List<Integer> keys = p.all("issueKey").stream().map(v -> Integer.valueOf(((V.Text) v).text().trim()))
                    .toList();
            List<Integer> notFound = resolver.resolve(agentsOf(t), keys);
            return new Reply(notFound.stream().map(k -> new V.Text("xsd:int", k.toString())).toList(), null);
        });
        on("ResolveAll", null, (s, t, p) -> {
            resolver.resolveAll(agentsOf(t));
            return Reply.none();
        });
    }

    private Reply goal(Agency a, String goal) throws SoapFault {
        service.goal(a, goal);
        return Reply.none();
    }

    private static List<Agent> agentsOf(Object target) {
        if (target instanceof Agency a) {
            return a.agentList();
        }
        return target instanceof Agent a ? List.of(a) : List.of();
    }

    @Override
    public Reply dispatch(SoapHandler.Call call) throws SoapFault {
        EamVersionGate.check(call.request().method(), call.request().params(), call.apiVersion());
        return ctx.world.call(() -> {
            if (faults.consumeEamNotInitialized()) {
                throw Faults.Eam.serviceNotInitialized();
            }
            Session s = sessions.find(call.cookie());
            if (s == null) {
                throw Faults.Eam.invalidLogin();
            }
            sessions.touch(s);
            V.Ref ref = call.request().target();
            Object target = resolve(ref);
            if (target == null) {
                throw Faults.managedObjectNotFound(ref);
            }
            Method m = methods.get(call.request().method());
            String type = target instanceof Agency ? "Agency" : target instanceof Agent ? "Agent" : MANAGER;
            boolean ok = m.receiver() == null ? EAM_OBJECT_METHODS.contains(call.request().method())
                    : m.receiver().equals(type);
            if (!ok) {
                throw Faults.methodNotFound(ref, call.request().method());
            }
            return m.handler().handle(s, target, call.request().params());
        });
    }

    private Object resolve(V.Ref ref) {
        return switch (ref.type()) {
            case MANAGER -> ref.value().equals(MANAGER) ? MANAGER : null;
            case "Agency" -> ctx.agencies.get(ref.value());
            case "Agent" -> ctx.agent(ref.value());
            default -> null;
        };
    }
}
