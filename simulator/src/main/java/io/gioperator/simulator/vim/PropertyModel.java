package io.gioperator.simulator.vim;

import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties each managed-object type serves, and property-path evaluation ({@code summary.config.product}):
 * the first segment picks a top-level property, the rest walk data-object fields checked against the schema.
 * An unknown path is an InvalidProperty fault; a known but unset one yields null (omitted from results).
 */
final class PropertyModel {
    /** Computes one top-level property; may return null for an unset value. */
    interface Getter {
        V get(Object mo, Session caller);
    }

    private record Prop(String declaredType, Getter getter) {
    }

    private final Schema schema;
    private final Map<String, Map<String, Prop>> byType = new HashMap<>();

    PropertyModel(Schema schema) {
        this.schema = schema;
    }

    /** A property whose value is a primitive, an enum, a moref or an array of those. */
    void define(String type, String name, Getter getter) {
        define(type, name, null, getter);
    }

    /** A property holding a data object of schema type {@code declaredType} (sub-paths allowed). */
    void define(String type, String name, String declaredType, Getter getter) {
        byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(name, new Prop(declaredType, getter));
    }

    /** Top-level property names of a type, including inherited ones (for PropertySpec.all). */
    List<String> names(String type) {
        List<String> out = new ArrayList<>();
        List<String> lineage = VimTypes.lineage(type);
        for (int i = lineage.size() - 1; i >= 0; i--) {
            out.addAll(byType.getOrDefault(lineage.get(i), Map.of()).keySet());
        }
        return out;
    }

    private Prop prop(String type, String name) {
        for (String t : VimTypes.lineage(type)) {
            Prop p = byType.getOrDefault(t, Map.of()).get(name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** Checks that {@code path} names a property of {@code type}; InvalidProperty otherwise. */
    void validate(String type, String path) throws SoapFault {
        String[] segments = path.split("\\.");
        Prop p = prop(type, segments[0]);
        if (p == null) {
            throw Faults.invalidProperty(path);
        }
        String t = p.declaredType();
        for (int i = 1; i < segments.length; i++) {
            if (t == null || !schema.knows(t)) {
                throw Faults.invalidProperty(path);
            }
            t = schema.field(t, segments[i]).orElseThrow(() -> Faults.invalidProperty(path)).type();
        }
    }

    /** Evaluates {@code path} on {@code mo}; null when unset. */
    V read(Object mo, String path, Session caller) throws SoapFault {
        String type = VimObjects.typeOf(mo);
        validate(type, path);
        String[] segments = path.split("\\.");
        V v = prop(type, segments[0]).getter().get(mo, caller);
        for (int i = 1; i < segments.length && v != null; i++) {
            V.Obj o = (V.Obj) v;
            Schema.FieldDef fd = schema.field(o.type(), segments[i]).orElseThrow(() -> Faults.invalidProperty(path));
            List<V> values = o.all(segments[i]);
            v = values.isEmpty() ? null : fd.many() ? array(fd, values) : values.get(0);
        }
        return v;
    }

    private static V array(Schema.FieldDef fd, List<V> values) {
        if (fd.isRef()) {
            return new V.Arr("ArrayOfManagedObjectReference", "ManagedObjectReference", values);
        }
        if (fd.primitive()) {
            String t = fd.type();
            String cap = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            return new V.Arr("ArrayOf" + cap, t, values);
        }
        return new V.Arr("ArrayOf" + fd.type(), fd.type(), values);
    }
}
