package io.gioperator.simulator.eam;

import io.gioperator.simulator.control.CallCounters;
import io.gioperator.simulator.control.FaultInjector;
import io.gioperator.simulator.core.SimScheduler;
import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.depot.Catalogue;
import io.gioperator.simulator.inventory.Cluster;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.HostOperations;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.InventoryBuilder;
import io.gioperator.simulator.inventory.VmOperations;
import io.gioperator.simulator.session.SessionManager;
import io.gioperator.simulator.soap.ApiVersions;
import io.gioperator.simulator.soap.RequestReader;
import io.gioperator.simulator.soap.ResponseWriter;
import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.SoapHandler;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.List;

/** Assembles the ESX Agent Manager served at {@code /eam/sdk} and exposes its state to the audit. */
public final class EamEndpoint {
    /** The solution id of the pre-existing vCLS-like agencies (another product's; clients must leave them). */
    public static final String VCLS_SOLUTION = "com.vmware.vim.vcls";
    private final EamContext ctx;
    private final AgentReconciler reconciler;
    private final EamService service;
    private final SoapHandler handler;

    public EamEndpoint(World world, Inventory inventory, Catalogue catalogue, SimScheduler scheduler,
            Timings timings, VmOperations vmOps, HostOperations hostOps, SessionManager sessions,
            FaultInjector faults, CallCounters counters, String vcenterVersion) {
        Schema schema = EamSchema.create();
        this.ctx = new EamContext(world, schema, inventory, catalogue, scheduler, timings, vmOps, hostOps);
        this.reconciler = new AgentReconciler(ctx);
        this.service = new EamService(ctx, reconciler);
        inventory.addListener(new EamEvents(ctx, service, reconciler));
        IssueResolver resolver = new IssueResolver(ctx, reconciler);
        String eamVersion = ApiVersions.eamApiVersion(vcenterVersion);
        this.handler = new SoapHandler("eam", "urn:eam/", v -> ApiVersions.eamAccepts(v, eamVersion),
                new RequestReader(schema, EamSchema.NS),
                new ResponseWriter(EamSchema.NS, t -> EamSchema.EAM_FAULTS.contains(t) ? EamSchema.NS : "urn:vim25"),
                new EamDispatcher(ctx, service, resolver, sessions, faults), faults, counters);
    }

    public SoapHandler handler() {
        return handler;
    }

    /** Creates one running vCLS-like agency per cluster (VMs on up to 3 hosts). Call under the world lock. */
    public void bootstrapVcls() {
        Schema s = ctx.schema;
        for (Cluster c : ctx.inventory.clusters()) {
            Entity vclsFolder = c.datacenter().vmFolder().child("vCLS");
            V.Obj config = s.build("AgencyConfigInfo")
                    .put("agentConfig", s.build("AgentConfigInfo").str("ovfPackageUrl", Catalogue.VCLS_OVF).done())
                    .put("scope", s.build("AgencyComputeResourceScope").typed().put("computeResource", c.ref())
                            .done())
                    .str("agentName", "vCLS").str("agencyName", "vCLS").bool("useUuidVmName", true)
                    .put("agentVmDatastore", InventoryBuilder.sharedDatastore(c).ref())
                    .put("folders", s.build("AgencyVMFolder").put("folderId", vclsFolder.ref())
                            .put("datacenterId", c.datacenter().ref()).done())
                    .put("resourcePools", s.build("AgencyVMResourcePool").put("resourcePoolId", c.rootPool().ref())
                            .put("computeResourceId", c.ref()).done())
                    .done();
            try {
                Agency a = service.create(config, "enabled", "com.vmware.vim.eam", VCLS_SOLUTION, 3);
                a.agents.values().forEach(reconciler::adopt);
            } catch (SoapFault f) {
                throw new IllegalStateException("cannot create the vCLS agency of " + c.name(), f);
            }
        }
    }

    /** Everything EAM knows, including destroyed agencies still cleaning up. Call under the world lock. */
    public List<AgencySnapshot> snapshot() {
        List<AgencySnapshot> out = new ArrayList<>();
        for (Agency a : ctx.allAgencies()) {
            List<AgencySnapshot.AgentSnapshot> agents = new ArrayList<>();
            for (Agent ag : a.agents.values()) {
                agents.add(new AgencySnapshot.AgentSnapshot(ag.id, ag.host.name(),
                        ag.vm == null ? null : ag.vm.id(), ag.vmName, ag.status(),
                        ag.removing ? "uninstalled" : a.goalState,
                        ag.issues.stream().map(i -> i.type() + "#" + i.key()).toList()));
            }
            out.add(new AgencySnapshot(a.id, a.agencyName(), a.solutionId, a.owner, a.goalState,
                    EamWire.agencyStatus(a), a.destroyed, a.scope().stream().map(V.Ref::value).toList(),
                    a.agentConfigs().stream().map(c -> c.str("ovfPackageUrl")).filter(u -> u != null).toList(),
                    a.agentConfigs().stream().map(c -> c.str("vibUrl")).filter(u -> u != null).toList(),
                    a.agentConfigs().stream().filter(c -> c.obj("ovfEnvironment") != null)
                            .flatMap(c -> c.obj("ovfEnvironment").objs("ovfProperty").stream())
                            .map(p -> p.str("key")).distinct().toList(), agents));
        }
        return out;
    }

    public String maintenancePolicy() {
        return ctx.maintenance.policy();
    }
}
