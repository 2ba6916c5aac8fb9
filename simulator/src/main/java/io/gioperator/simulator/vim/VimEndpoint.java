package io.gioperator.simulator.vim;

import io.gioperator.simulator.control.CallCounters;
import io.gioperator.simulator.control.FaultInjector;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.inventory.HostOperations;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.VmOperations;
import io.gioperator.simulator.session.SessionManager;
import io.gioperator.simulator.soap.ApiVersions;
import io.gioperator.simulator.soap.RequestReader;
import io.gioperator.simulator.soap.ResponseWriter;
import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.SoapHandler;

/** Assembles the vim25 endpoint served at {@code /sdk}. */
public final class VimEndpoint {
    private final VimContext ctx;
    private final SoapHandler handler;

    public VimEndpoint(World world, Inventory inventory, SessionManager sessions, TaskManager tasks,
            VmOperations vmOps, HostOperations hostOps, String vcVersion, String vcBuild, String instanceUuid,
            FaultInjector faults, CallCounters counters) {
        Schema schema = VimSchema.create();
        this.ctx = new VimContext(world, schema, inventory, sessions, tasks, vmOps, hostOps,
                new VimContext.VcenterAbout(vcVersion, vcBuild, instanceUuid));
        EntityProperties.register(ctx);
        HostProperties.register(ctx);
        VmProperties.register(ctx);
        SystemProperties.register(ctx);
        sessions.onEnd(ctx.objects::sessionEnded);
        VimService service = new VimService(ctx);
        String api = ctx.about.apiVersion();
        this.handler = new SoapHandler("vim", "urn:vim25/", v -> ApiVersions.vimAccepts(v, api),
                new RequestReader(schema, VimSchema.NS), new ResponseWriter(VimSchema.NS, t -> VimSchema.NS),
                service, faults, counters);
    }

    public SoapHandler handler() {
        return handler;
    }

    /** Marks vCenter down (waiting calls drop their connections) or up again. */
    public void down(boolean down) {
        ctx.down.set(down);
        ctx.world.wakeAll();
    }

    public int openViews() {
        return ctx.world.read(ctx.objects::viewCount);
    }

    public int openCollectors() {
        return ctx.world.read(ctx.objects::collectorCount);
    }
}
