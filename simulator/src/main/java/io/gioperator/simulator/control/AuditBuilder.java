package io.gioperator.simulator.control;

import io.gioperator.simulator.core.World;
import io.gioperator.simulator.eam.AgencySnapshot;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.session.SessionManager;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Takes an {@link Audit} snapshot under the world lock. */
public final class AuditBuilder {
    private final World world;
    private final Inventory inventory;
    private final SessionManager sessions;
    private final Supplier<List<AgencySnapshot>> agencies;
    private final Supplier<List<Map<String, Object>>> registrations;
    private final Supplier<Audit.Objects> objects;
    private final Supplier<String> policy;

    public AuditBuilder(World world, Inventory inventory, SessionManager sessions,
            Supplier<List<AgencySnapshot>> agencies, Supplier<List<Map<String, Object>>> registrations,
            Supplier<Audit.Objects> objects, Supplier<String> policy) {
        this.world = world;
        this.inventory = inventory;
        this.sessions = sessions;
        this.agencies = agencies;
        this.registrations = registrations;
        this.objects = objects;
        this.policy = policy;
    }

    public Audit take() {
        return world.read(() -> {
            sessions.sweep();
            List<Audit.VmEntry> vms = inventory.vms().stream().map(AuditBuilder::vm).toList();
            List<Audit.HostEntry> hosts = inventory.hosts().stream().map(AuditBuilder::host).toList();
            List<Audit.SessionEntry> sess = sessions.list().stream().map(s -> new Audit.SessionEntry(s.label(),
                    s.userName(), s.loginTime().toString(), s.lastActive().toString())).toList();
            return new Audit(world.now().toString(), agencies.get(), vms, hosts, registrations.get(), sess,
                    objects.get(), policy.get());
        });
    }

    private static Audit.VmEntry vm(Vm v) {
        return new Audit.VmEntry(v.id(), v.name(), v.host().name(), v.host().cluster().name(), v.folder().name(),
                v.pool().name(), v.datastores().isEmpty() ? null : v.datastores().get(0).name(),
                v.networks().isEmpty() ? null : v.networks().get(0).name(), v.powerState(), v.ipAddress(),
                v.ownerAgency(), v.corrupted(), v.heartbeatCut());
    }

    private static Audit.HostEntry host(Host h) {
        return new Audit.HostEntry(h.id(), h.name(), h.cluster().name(), h.version(), h.build(),
                h.connectionState(), h.inMaintenance(), h.rebootRequired(), h.vibs().stream()
                .map(v -> new Audit.VibEntry(v.id(), v.name(), v.version(), v.installedBy(), v.pendingRemoval(),
                        v.pendingInstall())).toList());
    }
}
