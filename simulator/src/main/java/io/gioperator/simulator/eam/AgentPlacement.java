package io.gioperator.simulator.eam;

import io.gioperator.simulator.inventory.Datastore;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Folder;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.Network;
import io.gioperator.simulator.inventory.Placement;
import io.gioperator.simulator.inventory.ResourcePool;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.List;

/**
 * Where EAM puts an agent VM: the first of the agency's datastores / networks the host sees (NoAgentVm* or
 * NoCustomAgentVm* issues otherwise), the agency's folder for the datacenter and resource pool for the cluster,
 * defaulting to an "ESX Agents" folder and resource pool that EAM creates on first use.
 */
final class AgentPlacement {
    static final String DEFAULT_NAME = "ESX Agents";

    /** A placement, or the issue that prevents one. */
    record Result(Placement placement, String issueType, List<V.Field> extra) {
    }

    private final Inventory inventory;

    AgentPlacement(Inventory inventory) {
        this.inventory = inventory;
    }

    Result place(Agency agency, Host host, boolean needsNetwork) {
        List<V.Ref> dsRefs = agency.config.refs("agentVmDatastore");
        if (dsRefs.isEmpty()) {
            return new Result(null, "NoAgentVmDatastore", List.of());
        }
        Datastore ds = firstOn(dsRefs, host.datastores());
        if (ds == null) {
            return new Result(null, "NoCustomAgentVmDatastore", custom(dsRefs, "customAgentVmDatastore"));
        }
        Network net = null;
        if (needsNetwork) {
            List<V.Ref> netRefs = agency.config.refs("agentVmNetwork");
            if (netRefs.isEmpty()) {
                return new Result(null, "NoAgentVmNetwork", List.of());
            }
            net = firstOn(netRefs, host.networks());
            if (net == null) {
                return new Result(null, "NoCustomAgentVmNetwork", custom(netRefs, "customAgentVmNetwork"));
            }
        }
        return new Result(new Placement(host, folder(agency, host), pool(agency, host), ds, net), null, List.of());
    }

    private static <T extends Entity> T firstOn(List<V.Ref> wanted, List<T> available) {
        for (V.Ref r : wanted) {
            for (T e : available) {
                if (e.ref().equals(r)) {
                    return e;
                }
            }
        }
        return null;
    }

    private List<V.Field> custom(List<V.Ref> refs, String field) {
        List<V.Field> out = new ArrayList<>();
        refs.forEach(r -> out.add(new V.Field(field, r)));
        for (V.Ref r : refs) {
            Entity e = inventory.entity(r);
            out.add(new V.Field(field + "Name", new V.Text("xsd:string", e == null ? r.value() : e.name())));
        }
        return out;
    }

    private Folder folder(Agency agency, Host host) {
        Entity dc = host.cluster().datacenter();
        for (V.Obj f : agency.config.objs("folders")) {
            if (f.ref("datacenterId").equals(dc.ref()) && inventory.entity(f.ref("folderId")) instanceof Folder folder) {
                return folder;
            }
        }
        Folder vmFolder = host.cluster().datacenter().vmFolder();
        Entity existing = vmFolder.child(DEFAULT_NAME);
        return existing instanceof Folder f ? f : inventory.newFolder(vmFolder, DEFAULT_NAME);
    }

    private ResourcePool pool(Agency agency, Host host) {
        for (V.Obj rp : agency.config.objs("resourcePools")) {
            if (rp.ref("computeResourceId").equals(host.cluster().ref())
                    && inventory.entity(rp.ref("resourcePoolId")) instanceof ResourcePool pool) {
                return pool;
            }
        }
        ResourcePool root = host.cluster().rootPool();
        ResourcePool existing = root.child(DEFAULT_NAME);
        return existing != null ? existing : inventory.newPool(root, DEFAULT_NAME);
    }
}
