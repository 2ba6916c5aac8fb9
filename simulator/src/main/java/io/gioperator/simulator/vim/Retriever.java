package io.gioperator.simulator.vim;

import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a PropertyFilterSpec: walks the object set (ObjectSpecs plus TraversalSpecs, named SelectionSpecs
 * resolved within the spec), then reads the requested properties of every object a PropertySpec matches.
 */
final class Retriever {
    private final VimContext ctx;

    Retriever(VimContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Object -> (path -> value) in traversal order; unset values are left out.
     *
     * @param lenient skip deleted root objects instead of failing (WaitForUpdatesEx reports them as leave)
     */
    LinkedHashMap<V.Ref, Map<String, V>> evaluate(V.Obj spec, Session session, boolean lenient)
            throws SoapFault {
        List<V.Obj> propSpecs = spec.objs("propSet");
        for (V.Obj ps : propSpecs) {
            if (!VimTypes.known(ps.str("type"))) {
                throw Faults.invalidType(ps.str("type"));
            }
            for (String path : ps.strs("pathSet")) {
                ctx.properties.validate(ps.str("type"), path);
            }
        }
        Map<String, V.Obj> named = new HashMap<>();
        for (V.Obj os : spec.objs("objectSet")) {
            collectNamed(os.objs("selectSet"), named);
        }
        LinkedHashSet<Object> objects = new LinkedHashSet<>();
        Set<String> visited = new HashSet<>();
        for (V.Obj os : spec.objs("objectSet")) {
            V.Ref ref = os.ref("obj");
            Object start = ctx.objects.resolve(ref, session);
            if (start == null) {
                if (lenient || spec.bool("reportMissingObjectsInResults", false)) {
                    continue;
                }
                throw Faults.managedObjectNotFound(ref);
            }
            if (!os.bool("skip", false)) {
                objects.add(start);
            }
            traverse(start, os.objs("selectSet"), named, objects, visited, session);
        }
        LinkedHashMap<V.Ref, Map<String, V>> out = new LinkedHashMap<>();
        for (Object o : objects) {
            String type = VimObjects.typeOf(o);
            List<String> paths = new ArrayList<>();
            boolean matched = false;
            for (V.Obj ps : propSpecs) {
                if (VimTypes.isA(type, ps.str("type"))) {
                    matched = true;
                    paths.addAll(ps.bool("all", false) ? ctx.properties.names(type) : ps.strs("pathSet"));
                }
            }
            if (!matched) {
                continue;
            }
            Map<String, V> props = new LinkedHashMap<>();
            for (String path : new LinkedHashSet<>(paths)) {
                V v = ctx.properties.read(o, path, session);
                if (v != null) {
                    props.put(path, v);
                }
            }
            out.put(VimObjects.refOf(o), props);
        }
        return out;
    }

    private static void collectNamed(List<V.Obj> selects, Map<String, V.Obj> named) {
        for (V.Obj sel : selects) {
            if (sel.type().equals("TraversalSpec")) {
                if (sel.str("name") != null && !named.containsKey(sel.str("name"))) {
                    named.put(sel.str("name"), sel);
                }
                collectNamed(sel.objs("selectSet"), named);
            }
        }
    }

    private void traverse(Object from, List<V.Obj> selects, Map<String, V.Obj> named, Set<Object> objects,
            Set<String> visited, Session session) throws SoapFault {
        for (V.Obj sel : selects) {
            V.Obj ts = sel.type().equals("TraversalSpec") ? sel : named.get(sel.str("name"));
            if (ts == null) {
                throw Faults.invalidArgument("selectSet");
            }
            String tsType = ts.str("type");
            if (!VimTypes.known(tsType)) {
                throw Faults.invalidType(tsType);
            }
            if (!VimTypes.isA(VimObjects.typeOf(from), tsType)) {
                continue;
            }
            String key = VimObjects.refOf(from) + "|" + System.identityHashCode(ts);
            if (!visited.add(key)) {
                continue;
            }
            ctx.properties.validate(tsType, ts.str("path"));
            V v = ctx.properties.read(from, ts.str("path"), session);
            for (V.Ref target : refsIn(v)) {
                Object t = ctx.objects.resolve(target, session);
                if (t == null) {
                    continue;
                }
                if (!ts.bool("skip", false)) {
                    objects.add(t);
                }
                traverse(t, ts.objs("selectSet"), named, objects, visited, session);
            }
        }
    }

    private static List<V.Ref> refsIn(V v) {
        if (v instanceof V.Ref r) {
            return List.of(r);
        }
        if (v instanceof V.Arr a) {
            return a.items().stream().filter(i -> i instanceof V.Ref).map(i -> (V.Ref) i).toList();
        }
        return List.of();
    }

    V.Obj objectContent(V.Ref ref, Map<String, V> props) {
        List<V> propSet = new ArrayList<>();
        props.forEach((name, value) -> propSet.add(ctx.schema.build("DynamicProperty").str("name", name)
                .put("val", V.any(value)).done()));
        return ctx.schema.build("ObjectContent").put("obj", ref).all("propSet", propSet).done();
    }
}
