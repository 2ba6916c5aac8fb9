package io.gioperator.simulator.vim;

import io.gioperator.simulator.inventory.Cluster;
import io.gioperator.simulator.inventory.Datacenter;
import io.gioperator.simulator.inventory.Datastore;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Folder;
import io.gioperator.simulator.inventory.Network;
import io.gioperator.simulator.inventory.ResourcePool;
import io.gioperator.simulator.soap.V;
import java.util.List;

/** Properties of ManagedEntity and of the container types (Folder, Datacenter, cluster, pool, storage, network). */
final class EntityProperties {
    private EntityProperties() {
    }

    static V.Arr refs(List<? extends Entity> entities) {
        return V.refArray(entities.stream().map(Entity::ref).toList());
    }

    static void register(VimContext ctx) {
        PropertyModel m = ctx.properties;
        m.define("ManagedEntity", "name", (o, s) -> V.str(((Entity) o).name()));
        m.define("ManagedEntity", "parent", (o, s) -> {
            Entity p = ((Entity) o).parent();
            return p == null ? null : p.ref();
        });
        m.define("ManagedEntity", "overallStatus", (o, s) -> V.enumValue("ManagedEntityStatus", "green"));
        m.define("ManagedEntity", "configStatus", (o, s) -> V.enumValue("ManagedEntityStatus", "green"));
        m.define("ManagedEntity", "alarmActionsEnabled", (o, s) -> V.bool(true));

        m.define("Folder", "childEntity", (o, s) -> refs(((Folder) o).children()));
        m.define("Folder", "childType", (o, s) -> V.strArray(((Folder) o).childTypes()));

        m.define("Datacenter", "vmFolder", (o, s) -> ((Datacenter) o).vmFolder().ref());
        m.define("Datacenter", "hostFolder", (o, s) -> ((Datacenter) o).hostFolder().ref());
        m.define("Datacenter", "datastoreFolder", (o, s) -> ((Datacenter) o).datastoreFolder().ref());
        m.define("Datacenter", "networkFolder", (o, s) -> ((Datacenter) o).networkFolder().ref());
        m.define("Datacenter", "datastore", (o, s) -> refs(((Datacenter) o).datastoreFolder().children()));
        m.define("Datacenter", "network", (o, s) -> refs(((Datacenter) o).networkFolder().children()));

        m.define("ComputeResource", "host", (o, s) -> refs(((Cluster) o).hosts()));
        m.define("ComputeResource", "resourcePool", (o, s) -> ((Cluster) o).rootPool().ref());
        m.define("ComputeResource", "datastore", (o, s) -> refs(((Cluster) o).datastores()));
        m.define("ComputeResource", "network", (o, s) -> refs(((Cluster) o).networks()));

        m.define("ResourcePool", "owner", (o, s) -> ((ResourcePool) o).owner().ref());
        m.define("ResourcePool", "resourcePool", (o, s) -> refs(((ResourcePool) o).children()));
        m.define("ResourcePool", "vm", (o, s) -> refs(((ResourcePool) o).vms()));

        m.define("Datastore", "summary", "DatastoreSummary", (o, s) -> {
            Datastore d = (Datastore) o;
            return ctx.schema.build("DatastoreSummary").put("datastore", d.ref()).str("name", d.name())
                    .str("url", d.url()).num("capacity", d.capacity()).num("freeSpace", d.freeSpace())
                    .bool("accessible", true).bool("multipleHostAccess", d.hosts().size() > 1)
                    .str("type", d.fsType()).str("maintenanceMode", "normal").done();
        });
        m.define("Datastore", "vm", (o, s) -> refs(((Datastore) o).vms()));

        m.define("Network", "host", (o, s) -> refs(((Network) o).hosts()));
        m.define("Network", "vm", (o, s) -> refs(((Network) o).vms()));
        m.define("DistributedVirtualPortgroup", "key", (o, s) -> V.str(((Network) o).id()));
    }
}
