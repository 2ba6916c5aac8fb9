package io.gioperator.simulator.soap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Data-object and method definitions in WSDL order. The request reader enforces them (order, required fields,
 * known names, subtypes) and the response builders use them to emit fields in WSDL order.
 */
public final class Schema {
    private static final Set<String> PRIMITIVES = Set.of("string", "boolean", "int", "long", "short", "byte",
            "dateTime", "anyURI", "base64Binary", "double", "float");

    /** One element of a sequence; {@code type} is a primitive name, {@code MoRef}, {@code opaque} or a type name. */
    public record FieldDef(String name, String type, boolean required, boolean many) {
        public boolean primitive() {
            return PRIMITIVES.contains(type);
        }

        public boolean isRef() {
            return type.equals("MoRef");
        }

        public boolean opaque() {
            return type.equals("opaque");
        }
    }

    public record TypeDef(String name, String base, boolean isAbstract, List<FieldDef> own) {
    }

    public record MethodDef(String name, List<FieldDef> params) {
    }

    private final Map<String, TypeDef> types = new HashMap<>();
    private final Map<String, MethodDef> methods = new LinkedHashMap<>();
    private final Map<String, List<FieldDef>> allFields = new HashMap<>();

    public static FieldDef one(String name, String type) {
        return new FieldDef(name, type, true, false);
    }

    public static FieldDef opt(String name, String type) {
        return new FieldDef(name, type, false, false);
    }

    public static FieldDef many(String name, String type) {
        return new FieldDef(name, type, false, true);
    }

    public static FieldDef oneOrMore(String name, String type) {
        return new FieldDef(name, type, true, true);
    }

    public Schema type(String name, String base, FieldDef... fields) {
        types.put(name, new TypeDef(name, base, false, List.of(fields)));
        allFields.clear();
        return this;
    }

    public Schema abstractType(String name, String base, FieldDef... fields) {
        types.put(name, new TypeDef(name, base, true, List.of(fields)));
        allFields.clear();
        return this;
    }

    /**
     * Declares a response-side type from a compact spec: space separated {@code name}, {@code name:Type} or
     * {@code name:Type[]}; every field optional (the simulator fills what it models). Primitive default: string.
     */
    public Schema loose(String name, String base, String spec) {
        List<FieldDef> fields = new ArrayList<>();
        for (String token : spec.trim().split("\\s+")) {
            String[] parts = token.split(":", 2);
            if (parts.length == 1 && parts[0].endsWith("[]")) { // "tags[]": an array of strings
                parts = new String[] {parts[0].substring(0, parts[0].length() - 2), "string[]"};
            }
            String type = parts.length == 2 ? parts[1] : "string";
            boolean many = type.endsWith("[]");
            fields.add(new FieldDef(parts[0], many ? type.substring(0, type.length() - 2) : type, false, many));
        }
        return type(name, base, fields.toArray(FieldDef[]::new));
    }

    /** Declares a method; {@code _this} is always the first, required parameter. */
    public Schema method(String name, FieldDef... params) {
        List<FieldDef> all = new ArrayList<>();
        all.add(one("_this", "MoRef"));
        all.addAll(List.of(params));
        methods.put(name, new MethodDef(name, List.copyOf(all)));
        return this;
    }

    public Optional<MethodDef> methodDef(String name) {
        return Optional.ofNullable(methods.get(name));
    }

    public Optional<TypeDef> typeDef(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public boolean knows(String type) {
        return types.containsKey(type);
    }

    /** All fields of a type, base type fields first (the XSD extension order). */
    public synchronized List<FieldDef> fields(String type) {
        List<FieldDef> cached = allFields.get(type);
        if (cached != null) {
            return cached;
        }
        TypeDef def = types.get(type);
        if (def == null) {
            throw new IllegalArgumentException("unknown type " + type);
        }
        List<FieldDef> out = new ArrayList<>(def.base() == null || !types.containsKey(def.base())
                ? List.of() : fields(def.base()));
        out.addAll(def.own());
        List<FieldDef> result = List.copyOf(out);
        allFields.put(type, result);
        return result;
    }

    public Optional<FieldDef> field(String type, String name) {
        return fields(type).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean isSubtype(String sub, String sup) {
        for (String t = sub; t != null; t = types.containsKey(t) ? types.get(t).base() : null) {
            if (t.equals(sup)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasSubtypes(String type) {
        return types.values().stream().anyMatch(d -> type.equals(d.base()));
    }

    /** A builder whose output lists fields in WSDL order whatever order they were added in. */
    public ObjBuilder build(String type) {
        return new ObjBuilder(type);
    }

    /** Collects fields and sorts them by schema position on {@link #done()}. */
    public final class ObjBuilder {
        private final String type;
        private final List<V.Field> fields = new ArrayList<>();
        private boolean typed;

        private ObjBuilder(String type) {
            this.type = type;
            fields(type);
        }

        public ObjBuilder typed() {
            this.typed = true;
            return this;
        }

        public ObjBuilder put(String name, V value) {
            if (value != null) {
                if (field(type, name).isEmpty()) {
                    throw new IllegalArgumentException(type + " has no field " + name);
                }
                fields.add(new V.Field(name, value));
            }
            return this;
        }

        public ObjBuilder str(String name, String value) {
            return value == null ? this : put(name, new V.Text("xsd:string", value));
        }

        /** An enum value; {@code enumType} is what xsi:type announces when the field is read as a property. */
        public ObjBuilder enumv(String name, String enumType, String value) {
            return value == null ? this : put(name, new V.Text(enumType, value));
        }

        public ObjBuilder bool(String name, Boolean value) {
            return value == null ? this : put(name, new V.Text("xsd:boolean", value.toString()));
        }

        /** A number typed after the field's schema type (int, long, short). */
        public ObjBuilder num(String name, Long value) {
            if (value == null) {
                return this;
            }
            String t = field(type, name).map(FieldDef::type).orElse("int");
            return put(name, new V.Text("xsd:" + (PRIMITIVES.contains(t) ? t : "int"), value.toString()));
        }

        public ObjBuilder time(String name, java.time.Instant value) {
            return value == null ? this : put(name, new V.Text("xsd:dateTime", Xsd.formatDateTime(value)));
        }

        public ObjBuilder all(String name, List<? extends V> values) {
            values.forEach(v -> put(name, v));
            return this;
        }

        public ObjBuilder strs(String name, List<String> values) {
            values.forEach(v -> str(name, v));
            return this;
        }

        public V.Obj done() {
            List<FieldDef> order = fields(type);
            List<V.Field> sorted = new ArrayList<>(fields);
            sorted.sort(Comparator.comparingInt(f -> indexOf(order, f.name())));
            return new V.Obj(type, sorted, typed);
        }

        private int indexOf(List<FieldDef> order, String name) {
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).name().equals(name)) {
                    return i;
                }
            }
            return Integer.MAX_VALUE;
        }
    }
}
