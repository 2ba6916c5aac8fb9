package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlFormatException;
import io.gioperator.vsphere.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A managed-object reference: {@code <x type="HostSystem">host-12</x>}. */
public record MoRef(String type, String value) {

    public MoRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public static MoRef of(String type, String value) {
        return new MoRef(type, value);
    }

    /** Reads a reference element; fails when the {@code type} attribute is missing. */
    public static MoRef from(XmlElement element) {
        String type = element.attribute("type");
        if (type == null) {
            throw new XmlFormatException("<" + element.name() + "> is not a managed-object reference (no type attribute)");
        }
        return new MoRef(type, element.text().trim());
    }

    /** The reference in child {@code name}, or null when absent. */
    public static MoRef child(XmlElement parent, String name) {
        XmlElement child = parent.child(name);
        return child == null ? null : from(child);
    }

    public static List<MoRef> children(XmlElement parent, String name) {
        List<MoRef> refs = new ArrayList<>();
        for (XmlElement child : parent.children(name)) {
            refs.add(from(child));
        }
        return refs;
    }

    public void write(XmlWriter w, String name) {
        w.moRef(name, type, value);
    }

    public static void writeOptional(XmlWriter w, String name, MoRef ref) {
        if (ref != null) {
            ref.write(w, name);
        }
    }

    public static void writeAll(XmlWriter w, String name, List<MoRef> refs) {
        if (refs != null) {
            for (MoRef ref : refs) {
                ref.write(w, name);
            }
        }
    }

    @Override
    public String toString() {
        return type + ":" + value;
    }
}
