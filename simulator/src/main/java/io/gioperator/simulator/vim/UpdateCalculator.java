package io.gioperator.simulator.vim;

import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import io.gioperator.simulator.vim.SessionObjects.Collector;
import io.gioperator.simulator.vim.SessionObjects.Filter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a WaitForUpdatesEx UpdateSet by diffing each filter's current result against what was last reported:
 * enter for new objects (all properties), modify for changed properties, leave for objects gone. At most
 * {@code maxObjectUpdates} object updates are returned; the rest stay pending and the set is marked truncated.
 */
final class UpdateCalculator {
    private final VimContext ctx;
    private final Retriever retriever;

    UpdateCalculator(VimContext ctx, Retriever retriever) {
        this.ctx = ctx;
        this.retriever = retriever;
    }

    /** The next UpdateSet, committing it as the collector's new version; null when nothing changed. */
    V.Obj next(Collector c, Session session, Integer maxObjectUpdates) throws SoapFault {
        int budget = maxObjectUpdates == null || maxObjectUpdates <= 0 ? Integer.MAX_VALUE : maxObjectUpdates;
        boolean truncated = false;
        List<V> filterUpdates = new ArrayList<>();
        Map<Filter, Map<V.Ref, Map<String, V>>> nextStates = new HashMap<>();
        for (Filter f : List.copyOf(c.filters)) {
            Map<V.Ref, Map<String, V>> current = retriever.evaluate(f.spec, session, true);
            Map<V.Ref, Map<String, V>> next = new LinkedHashMap<>(f.reported);
            List<V> objectUpdates = new ArrayList<>();
            for (Map.Entry<V.Ref, Map<String, V>> e : current.entrySet()) {
                Map<String, V> old = f.reported.get(e.getKey());
                if (old != null && old.equals(e.getValue())) {
                    continue;
                }
                if (budget == 0) {
                    truncated = true;
                    break;
                }
                objectUpdates.add(old == null ? update("enter", e.getKey(), changes(Map.of(), e.getValue()))
                        : update("modify", e.getKey(), changes(old, e.getValue())));
                next.put(e.getKey(), e.getValue());
                budget--;
            }
            for (V.Ref gone : List.copyOf(f.reported.keySet())) {
                if (current.containsKey(gone)) {
                    continue;
                }
                if (budget == 0) {
                    truncated = true;
                    break;
                }
                objectUpdates.add(update("leave", gone, List.of()));
                next.remove(gone);
                budget--;
            }
            nextStates.put(f, next);
            if (!objectUpdates.isEmpty()) {
                filterUpdates.add(ctx.schema.build("PropertyFilterUpdate").put("filter", f.ref())
                        .all("objectSet", objectUpdates).done());
            }
        }
        if (filterUpdates.isEmpty()) {
            return null;
        }
        for (Filter f : c.filters) {
            f.previous = f.reported;
            f.reported = nextStates.getOrDefault(f, f.reported);
        }
        c.previousVersion = c.version;
        c.version = Long.toString(++c.versionSeq);
        return ctx.schema.build("UpdateSet").str("version", c.version).all("filterSet", filterUpdates)
                .bool("truncated", truncated).done();
    }

    private List<V> changes(Map<String, V> old, Map<String, V> now) {
        List<V> out = new ArrayList<>();
        now.forEach((name, value) -> {
            if (!value.equals(old.get(name))) {
                out.add(ctx.schema.build("PropertyChange").str("name", name).enumv("op", "PropertyChangeOp",
                        "assign").put("val", V.any(value)).done());
            }
        });
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(name -> out.add(ctx.schema
                .build("PropertyChange").str("name", name).enumv("op", "PropertyChangeOp", "assign").done()));
        return out;
    }

    private V update(String kind, V.Ref obj, List<V> changeSet) {
        return ctx.schema.build("ObjectUpdate").enumv("kind", "ObjectUpdateKind", kind).put("obj", obj)
                .all("changeSet", changeSet).done();
    }
}
