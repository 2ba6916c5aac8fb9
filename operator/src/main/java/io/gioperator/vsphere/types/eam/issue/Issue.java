package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;
import java.time.Instant;

/**
 * EAM Issue, the root of the issue hierarchy: a server-unique key, a description and when it was (re)raised.
 * {@link #wireType()} is the type name the server sent, also for subtypes this client does not know (those are
 * parsed as their nearest known base, see {@link IssueParser}).
 */
public class Issue {

    private final String wireType;
    private final int key;
    private final String description;
    private final Instant time;

    public Issue(XmlElement e, String wireType) {
        this.wireType = wireType;
        Integer parsedKey = e.childInt("key");
        this.key = parsedKey == null ? 0 : parsedKey;
        this.description = e.childText("description");
        this.time = e.childDateTime("time");
    }

    /** The issue's type name on the wire, e.g. "VmPoweredOff" or a newer type this client does not model. */
    public String wireType() {
        return wireType;
    }

    /** True when the server sent a subtype this client does not model (the object is of a base class). */
    public boolean isUnknownSubtype() {
        return !getClass().getSimpleName().equals(wireType);
    }

    public int key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** When EAM raised the issue; issues are regenerated periodically, so not necessarily "first seen". */
    public Instant time() {
        return time;
    }

    @Override
    public String toString() {
        return wireType + "#" + key + (description == null ? "" : " (" + description + ")");
    }
}
