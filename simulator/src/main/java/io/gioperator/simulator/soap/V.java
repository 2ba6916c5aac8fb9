package io.gioperator.simulator.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value model shared by the request parser and the response writer: every SOAP payload the simulator reads or
 * writes is a tree of these. Records compare by value, which the property collector relies on to diff snapshots.
 */
public sealed interface V permits V.Text, V.Ref, V.Obj, V.Arr, V.Any {

    /** A primitive or enum value; {@code xsiType} is what an anyType position must announce (e.g. {@code xsd:string}). */
    record Text(String xsiType, String text) implements V {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A managed object reference. */
    record Ref(String type, String value) implements V {
        public Ref {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return type + ":" + value;
        }
    }

    /** A data object; repeated fields (arrays) are consecutive entries with the same name. */
    record Obj(String type, List<Field> fields, boolean typed) implements V {
        public Obj {
            fields = List.copyOf(fields);
        }

        public V get(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    return f.value();
                }
            }
            return null;
        }

        public List<V> all(String name) {
            List<V> out = new ArrayList<>();
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    out.add(f.value());
                }
            }
            return out;
        }

        public boolean has(String name) {
            return get(name) != null;
        }

        public String str(String name) {
            V v = get(name);
            return v instanceof Text t ? t.text() : null;
        }

        public List<String> strs(String name) {
            return all(name).stream().map(v -> ((Text) v).text()).toList();
        }

        public Boolean bool(String name) {
            String s = str(name);
            return s == null ? null : s.equals("true") || s.equals("1");
        }

        public boolean bool(String name, boolean dflt) {
            Boolean b = bool(name);
            return b == null ? dflt : b;
        }

        public Integer integer(String name) {
            String s = str(name);
            return s == null ? null : Integer.valueOf(s.trim());
        }

        public Ref ref(String name) {
            return (Ref) get(name);
        }

        public List<Ref> refs(String name) {
            return all(name).stream().map(v -> (Ref) v).toList();
        }

        public Obj obj(String name) {
            return (Obj) get(name);
        }

        public List<Obj> objs(String name) {
            return all(name).stream().map(v -> (Obj) v).toList();
        }
    }

    /** An array in an anyType position, e.g. {@code ArrayOfManagedObjectReference}; items are written with xsi:type. */
    record Arr(String type, String itemName, List<V> items) implements V {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** Marks a value that sits in an anyType position and must carry xsi:type on the wire. */
    record Any(V value) implements V {
    }

    /** One element of a data object. */
    record Field(String name, V value) {
    }

    static Text str(String s) {
        return new Text("xsd:string", s);
    }

    static Text bool(boolean b) {
        return new Text("xsd:boolean", Boolean.toString(b));
    }

    static Text integer(long i) {
        return new Text("xsd:int", Long.toString(i));
    }

    static Text lng(long i) {
        return new Text("xsd:long", Long.toString(i));
    }

    static Text dateTime(java.time.Instant t) {
        return new Text("xsd:dateTime", Xsd.formatDateTime(t));
    }

    static Text enumValue(String enumType, String value) {
        return new Text(enumType, value);
    }

    static Ref ref(String type, String value) {
        return new Ref(type, value);
    }

    static Any any(V v) {
        return new Any(v);
    }

    static Arr refArray(List<Ref> refs) {
        return new Arr("ArrayOfManagedObjectReference", "ManagedObjectReference", List.copyOf(refs));
    }

    static Arr strArray(List<String> values) {
        return new Arr("ArrayOfString", "string", values.stream().map(V::str).map(v -> (V) v).toList());
    }
}
