package io.gioperator.simulator.vim;

import io.gioperator.simulator.inventory.Cluster;
import io.gioperator.simulator.inventory.Datacenter;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Folder;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.ResourcePool;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The inventory containment tree as ContainerView and SearchIndex see it. */
final class Containment {
    private Containment() {
    }

    /** Direct children: folder items, a datacenter's folders, a cluster's hosts and root pool, etc. */
    static List<Entity> children(Entity e) {
        List<Entity> out = new ArrayList<>();
        if (e instanceof Folder f) {
            out.addAll(f.children());
        } else if (e instanceof Datacenter dc) {
            out.add(dc.vmFolder());
            out.add(dc.hostFolder());
            out.add(dc.datastoreFolder());
            out.add(dc.networkFolder());
        } else if (e instanceof Cluster c) {
            out.addAll(c.hosts());
            out.add(c.rootPool());
        } else if (e instanceof ResourcePool rp) {
            out.addAll(rp.children());
            out.addAll(rp.vms());
        } else if (e instanceof Host h) {
            out.addAll(h.vms());
        }
        return out;
    }

    /** The objects a container view shows: descendants (or direct children) whose type matches one of types. */
    static List<Entity> view(Entity container, List<String> types, boolean recursive) {
        Set<Entity> out = new LinkedHashSet<>();
        Set<Entity> seen = new LinkedHashSet<>();
        Deque<Entity> todo = new ArrayDeque<>(children(container));
        while (!todo.isEmpty()) {
            Entity e = todo.removeFirst();
            if (!seen.add(e)) {
                continue;
            }
            if (types.isEmpty() || types.stream().anyMatch(t -> VimTypes.isA(e.type(), t))) {
                out.add(e);
            }
            if (recursive) {
                todo.addAll(children(e));
            }
        }
        return List.copyOf(out);
    }

    /** SearchIndex.FindByInventoryPath: "/DC1/host/Cluster-01/Resources"; names may escape "/" as %2f. */
    static Entity byPath(Inventory inventory, String path) {
        Entity current = inventory.rootFolder();
        for (String raw : path.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String name = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            Entity next = null;
            for (Entity c : children(current)) {
                if (c.name().equals(name)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }
}
