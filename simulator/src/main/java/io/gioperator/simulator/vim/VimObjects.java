package io.gioperator.simulator.vim;

import io.gioperator.simulator.core.World;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.V;
import io.gioperator.simulator.vim.SessionObjects.Collector;
import io.gioperator.simulator.vim.SessionObjects.ContainerView;
import io.gioperator.simulator.vim.SessionObjects.Filter;
import io.gioperator.simulator.vim.SessionObjects.HostManager;
import io.gioperator.simulator.vim.SessionObjects.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves morefs to the objects behind them: inventory entities, tasks, host managers, session-scoped views,
 * collectors and filters, and the ServiceContent singletons. Session objects die with their session.
 */
final class VimObjects {
    static final String ROOT_PC = "propertyCollector";
    private final World world;
    private final Inventory inventory;
    private final TaskManager tasks;
    private final Map<String, String> singletons = new LinkedHashMap<>();
    private final Map<String, ContainerView> views = new HashMap<>();
    private final Map<String, Collector> collectors = new HashMap<>();
    private final Map<String, Collector> defaultCollectors = new HashMap<>();
    private final Map<String, Filter> filters = new HashMap<>();

    VimObjects(World world, Inventory inventory, TaskManager tasks) {
        this.world = world;
        this.inventory = inventory;
        this.tasks = tasks;
    }

    void singleton(String type, String id) {
        singletons.put(id, type);
    }

    /** The object behind {@code ref} for {@code session}, or null when it does not exist (or has another type). */
    Object resolve(V.Ref ref, Session session) {
        String id = ref.value();
        Entity e = inventory.entity(ref);
        if (e != null) {
            return e;
        }
        switch (ref.type()) {
            case "Task":
                return tasks.task(id);
            case "HostImageConfigManager":
            case "HostPatchManager": {
                Host h = inventory.hostOfManager(id);
                boolean matches = h != null && (ref.type().equals("HostImageConfigManager")
                        ? h.imageConfigManagerId().equals(id) : h.patchManagerId().equals(id));
                return matches ? new HostManager(ref.type(), h) : null;
            }
            case "ContainerView":
                return owned(views.get(id), session);
            case "PropertyFilter": {
                Filter f = filters.get(id);
                return f != null && session != null && f.collector.owner == session ? f : null;
            }
            case "PropertyCollector":
                if (id.equals(ROOT_PC)) {
                    return session == null ? new Singleton("PropertyCollector", ROOT_PC) : defaultCollector(session);
                }
                Collector c = collectors.get(id);
                return c != null && c.owner == session ? c : null;
            default:
                return ref.type().equals(singletons.get(id)) ? new Singleton(ref.type(), id) : null;
        }
    }

    private static ContainerView owned(ContainerView v, Session s) {
        return v != null && v.owner() == s ? v : null;
    }

    static String typeOf(Object o) {
        if (o instanceof Entity e) {
            return e.type();
        } else if (o instanceof Task) {
            return "Task";
        } else if (o instanceof HostManager m) {
            return m.type();
        } else if (o instanceof ContainerView) {
            return "ContainerView";
        } else if (o instanceof Collector) {
            return "PropertyCollector";
        } else if (o instanceof Filter) {
            return "PropertyFilter";
        } else if (o instanceof Singleton s) {
            return s.type();
        }
        throw new IllegalArgumentException("not a managed object: " + o);
    }

    static V.Ref refOf(Object o) {
        if (o instanceof Entity e) {
            return e.ref();
        } else if (o instanceof Task t) {
            return t.ref();
        } else if (o instanceof HostManager m) {
            return new V.Ref(m.type(), m.type().equals("HostPatchManager") ? m.host().patchManagerId()
                    : m.host().imageConfigManagerId());
        } else if (o instanceof ContainerView v) {
            return v.ref();
        } else if (o instanceof Collector c) {
            return c.ref();
        } else if (o instanceof Filter f) {
            return f.ref();
        } else if (o instanceof Singleton s) {
            return new V.Ref(s.type(), s.id());
        }
        throw new IllegalArgumentException("not a managed object: " + o);
    }

    /** A session-scoped id as vCenter forms them: {@code session[<session key>]<uuid>}. */
    String sessionScopedId(Session s) {
        return "session[" + s.key() + "]" + world.uuid().replace("-", "").substring(0, 24);
    }

    Collector defaultCollector(Session s) {
        return defaultCollectors.computeIfAbsent(s.key(), k -> new Collector(ROOT_PC, s));
    }

    Collector newCollector(Session s) {
        Collector c = new Collector(sessionScopedId(s), s);
        collectors.put(c.id, c);
        return c;
    }

    void destroy(Collector c) {
        for (Filter f : List.copyOf(c.filters)) {
            destroy(f);
        }
        c.cancelRequested = true;
        c.pages.clear();
        collectors.remove(c.id);
    }

    Filter newFilter(Collector c, V.Obj spec, boolean partial) {
        Filter f = new Filter(sessionScopedId(c.owner), c, spec, partial);
        filters.put(f.id, f);
        c.filters.add(f);
        return f;
    }

    void destroy(Filter f) {
        filters.remove(f.id);
        f.collector.filters.remove(f);
    }

    ContainerView newView(Session s, Entity container, List<String> types, boolean recursive) {
        ContainerView v = new ContainerView(sessionScopedId(s), s, container, List.copyOf(types), recursive);
        views.put(v.id(), v);
        return v;
    }

    void destroy(ContainerView v) {
        views.remove(v.id());
    }

    /** Drops everything a session created (logout or expiry), waking its waiters so they can fail. */
    void sessionEnded(Session s) {
        views.values().removeIf(v -> v.owner() == s);
        for (Collector c : new ArrayList<>(collectors.values())) {
            if (c.owner == s) {
                destroy(c);
            }
        }
        Collector d = defaultCollectors.remove(s.key());
        if (d != null) {
            destroy(d);
        }
    }

    int viewCount() {
        return views.size();
    }

    int collectorCount() {
        return collectors.size() + defaultCollectors.size();
    }
}
