package io.gioperator.simulator.vim;

import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.SoapHandler;
import io.gioperator.simulator.soap.SoapHandler.Reply;
import io.gioperator.simulator.soap.V;
import io.gioperator.simulator.vim.SessionObjects.Collector;
import io.gioperator.simulator.vim.SessionObjects.ContainerView;
import io.gioperator.simulator.vim.SessionObjects.Filter;
import io.gioperator.simulator.vim.SessionObjects.HostManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vim25 dispatcher: session check (everything but RetrieveServiceContent and Login needs the session cookie),
 * receiver resolution (ManagedObjectNotFound), receiver type check (MethodNotFound), then the method itself.
 */
final class VimService implements SoapHandler.Dispatcher {
    private interface Handler {
        Reply handle(Session s, Object target, V.Obj p, SoapHandler.Call call) throws SoapFault;
    }

    private record Method(String receiverType, boolean anonymous, Handler handler) {
    }

    private final VimContext ctx;
    private final CollectorMethods pc;
    private final EntityMethods entities;
    private final ServiceContentFactory content;
    private final Map<String, Method> methods = new HashMap<>();

    VimService(VimContext ctx) {
        this.ctx = ctx;
        this.pc = new CollectorMethods(ctx);
        this.entities = new EntityMethods(ctx);
        this.content = new ServiceContentFactory(ctx);
        register();
    }

    private void on(String name, String receiver, Handler h) {
        methods.put(name, new Method(receiver, false, h));
    }

    private void register() {
        methods.put("RetrieveServiceContent", new Method("ServiceInstance", true,
                (s, t, p, c) -> Reply.of(content.serviceContent())));
        methods.put("Login", new Method("SessionManager", true, (s, t, p, c) -> {
            Session n = ctx.sessions.login(p.str("userName"), p.str("password"), c.remoteAddress(), c.userAgent());
            return new Reply(List.of(SystemProperties.userSession(ctx, n)), n.setCookieHeader());
        }));
        on("Logout", "SessionManager", (s, t, p, c) -> {
            ctx.sessions.logout(s);
            return Reply.none();
        });
        on("CurrentTime", "ServiceInstance", (s, t, p, c) -> Reply.of(V.dateTime(ctx.world.now())));
        on("RetrieveProperties", "PropertyCollector",
                (s, t, p, c) -> new Reply(pc.retrieveProperties(s, p.objs("specSet")), null));
        on("RetrievePropertiesEx", "PropertyCollector", (s, t, p, c) -> Reply.of(pc.retrievePropertiesEx(s,
                (Collector) t, p.objs("specSet"), p.obj("options").integer("maxObjects"))));
        on("ContinueRetrievePropertiesEx", "PropertyCollector",
                (s, t, p, c) -> Reply.of(pc.continueRetrieve((Collector) t, p.str("token"))));
        on("CancelRetrievePropertiesEx", "PropertyCollector", (s, t, p, c) -> {
            pc.cancelRetrieve((Collector) t, p.str("token"));
            return Reply.none();
        });
        on("CreatePropertyCollector", "PropertyCollector", (s, t, p, c) -> {
            V.Ref ref = ctx.objects.newCollector(s).ref();
            ctx.world.touch();
            return Reply.of(ref);
        });
        on("DestroyPropertyCollector", "PropertyCollector", (s, t, p, c) -> {
            Collector col = (Collector) t;
            if (col.id.equals(VimObjects.ROOT_PC)) {
                throw Faults.invalidArgument("_this");
            }
            ctx.objects.destroy(col);
            ctx.world.touch();
            return Reply.none();
        });
        on("CreateFilter", "PropertyCollector", (s, t, p, c) -> Reply.of(pc.createFilter((Collector) t,
                p.obj("spec"), p.bool("partialUpdates", false), s)));
        on("DestroyPropertyFilter", "PropertyFilter", (s, t, p, c) -> {
            ctx.objects.destroy((Filter) t);
            ctx.world.touch();
            return Reply.none();
        });
        on("WaitForUpdatesEx", "PropertyCollector", (s, t, p, c) -> {
            V.Obj options = p.obj("options");
            return Reply.of(pc.waitForUpdatesEx(s, (Collector) t, p.str("version"),
                    options == null ? null : options.integer("maxWaitSeconds"),
                    options == null ? null : options.integer("maxObjectUpdates")));
        });
        on("CancelWaitForUpdates", "PropertyCollector", (s, t, p, c) -> {
            pc.cancelWait((Collector) t);
            return Reply.none();
        });
        on("CreateContainerView", "ViewManager", (s, t, p, c) -> Reply.of(entities.createContainerView(s,
                p.ref("container"), p.strs("type"), p.bool("recursive", false))));
        on("DestroyView", "View", (s, t, p, c) -> {
            ctx.objects.destroy((ContainerView) t);
            ctx.world.touch();
            return Reply.none();
        });
        on("FindByInventoryPath", "SearchIndex",
                (s, t, p, c) -> Reply.of(entities.findByInventoryPath(p.str("inventoryPath"))));
        on("PowerOnVM_Task", "VirtualMachine", (s, t, p, c) -> Reply.of(entities.powerOn(s, (Vm) t, p.ref("host"))));
        on("PowerOffVM_Task", "VirtualMachine", (s, t, p, c) -> Reply.of(entities.powerOff(s, (Vm) t)));
        on("Destroy_Task", "ManagedEntity", (s, t, p, c) -> Reply.of(entities.destroy(s, (Entity) t)));
        on("EnterMaintenanceMode_Task", "HostSystem",
                (s, t, p, c) -> Reply.of(entities.enterMaintenance(s, (Host) t, p.integer("timeout"))));
        on("ExitMaintenanceMode_Task", "HostSystem", (s, t, p, c) -> Reply.of(entities.exitMaintenance(s, (Host) t)));
        on("RebootHost_Task", "HostSystem",
                (s, t, p, c) -> Reply.of(entities.reboot(s, (Host) t, p.bool("force", false))));
        on("DisconnectHost_Task", "HostSystem", (s, t, p, c) -> Reply.of(entities.disconnect(s, (Host) t)));
        on("ReconnectHost_Task", "HostSystem", (s, t, p, c) -> Reply.of(entities.reconnect(s, (Host) t)));
        on("fetchSoftwarePackages", "HostImageConfigManager",
                (s, t, p, c) -> new Reply(entities.softwarePackages(((HostManager) t).host()), null));
        on("UninstallHostPatch_Task", "HostPatchManager", (s, t, p, c) -> Reply.of(entities.uninstallHostPatch(s,
                ((HostManager) t).host(), p.strs("bulletinIds"))));
    }

    @Override
    public Reply dispatch(SoapHandler.Call call) throws SoapFault {
        return ctx.world.call(() -> {
            String name = call.request().method();
            Method m = methods.get(name);
            V.Ref thisRef = call.request().target();
            Session s = ctx.sessions.find(call.cookie());
            if (!m.anonymous()) {
                if (s == null) {
                    throw Faults.notAuthenticated(thisRef);
                }
                ctx.sessions.touch(s);
            }
            Object target = ctx.objects.resolve(thisRef, s);
            if (target == null) {
                throw Faults.managedObjectNotFound(thisRef);
            }
            if (!VimTypes.isA(VimObjects.typeOf(target), m.receiverType())) {
                throw Faults.methodNotFound(thisRef, name);
            }
            return m.handler().handle(s, target, call.request().params(), call);
        });
    }
}
