package io.gioperator.simulator.vim;

import io.gioperator.simulator.core.World;
import io.gioperator.simulator.inventory.HostOperations;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.VmOperations;
import io.gioperator.simulator.session.SessionManager;
import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.V;

/** What the vim25 handlers share. */
final class VimContext {
    final World world;
    final Schema schema;
    final Inventory inventory;
    final SessionManager sessions;
    final TaskManager tasks;
    final VmOperations vmOps;
    final HostOperations hostOps;
    final VimObjects objects;
    final PropertyModel properties;
    final VcenterAbout about;
    /** Set while "vCenter is down": waiting calls drop their connections. */
    final java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();

    VimContext(World world, Schema schema, Inventory inventory, SessionManager sessions, TaskManager tasks,
            VmOperations vmOps, HostOperations hostOps, VcenterAbout about) {
        this.world = world;
        this.schema = schema;
        this.inventory = inventory;
        this.sessions = sessions;
        this.tasks = tasks;
        this.vmOps = vmOps;
        this.hostOps = hostOps;
        this.about = about;
        this.objects = new VimObjects(world, inventory, tasks);
        this.properties = new PropertyModel(schema);
    }

    /** vCenter's identity (ServiceContent.about). */
    record VcenterAbout(String version, String build, String instanceUuid) {
        String apiVersion() {
            return io.gioperator.simulator.soap.ApiVersions.vimApiVersion(version);
        }

        V.Obj toObj(Schema schema) {
            return schema.build("AboutInfo")
                    .str("name", "VMware vCenter Server")
                    .str("fullName", "VMware vCenter Server " + version + " build-" + build)
                    .str("vendor", "VMware, Inc.")
                    .str("version", version)
                    .str("build", build)
                    .str("localeVersion", "INTL")
                    .str("localeBuild", "000")
                    .str("osType", "linux-x64")
                    .str("productLineId", "vpx")
                    .str("apiType", "VirtualCenter")
                    .str("apiVersion", apiVersion())
                    .str("instanceUuid", instanceUuid)
                    .str("licenseProductName", "VMware VirtualCenter Server")
                    .str("licenseProductVersion", version.substring(0, version.lastIndexOf('.')))
                    .done();
        }
    }
}
