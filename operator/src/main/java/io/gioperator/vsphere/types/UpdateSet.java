package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of WaitForUpdatesEx, flattened: the new version token, every changed object (across filters) and
 * whether the server truncated the set (call again with the new version for the rest).
 */
public record UpdateSet(String version, List<ObjectUpdate> updates, boolean truncated) {

    /** No {@code returnval} means the wait timed out without a change: same version, nothing changed. */
    public static UpdateSet from(XmlElement returnval, String previousVersion) {
        if (returnval == null) {
            return new UpdateSet(previousVersion, List.of(), false);
        }
        List<ObjectUpdate> updates = new ArrayList<>();
        for (XmlElement filter : returnval.children("filterSet")) {
            MoRef filterRef = MoRef.child(filter, "filter");
            for (XmlElement object : filter.children("objectSet")) {
                updates.add(ObjectUpdate.from(filterRef, object));
            }
        }
        return new UpdateSet(returnval.childText("version"), updates, returnval.childBoolean("truncated", false));
    }
}
