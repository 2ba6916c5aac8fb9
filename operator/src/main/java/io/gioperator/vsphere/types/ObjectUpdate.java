package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** vim25 ObjectUpdate: an object entered the filter's view, was modified, or left it; with its property changes. */
public record ObjectUpdate(MoRef filter, Kind kind, MoRef obj, List<PropertyChange> changes) {

    /** ObjectUpdateKind. */
    public enum Kind { ENTER, MODIFY, LEAVE }

    public static ObjectUpdate from(MoRef filter, XmlElement e) {
        String kind = e.childText("kind");
        if (kind == null) {
            throw new XmlFormatException("ObjectUpdate without <kind>");
        }
        List<PropertyChange> changes = new ArrayList<>();
        for (XmlElement change : e.children("changeSet")) {
            changes.add(PropertyChange.from(change));
        }
        return new ObjectUpdate(filter, parseKind(kind.trim()), MoRef.child(e, "obj"), changes);
    }

    private static Kind parseKind(String kind) {
        try {
            return Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new XmlFormatException("unknown ObjectUpdateKind " + kind);
        }
    }
}
