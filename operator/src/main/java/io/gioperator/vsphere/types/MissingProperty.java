package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;

/** A property the collector could not read (e.g. NotAuthenticated, or the object vanished). */
public record MissingProperty(String path, LocalizedMethodFault fault) {

    public static MissingProperty from(XmlElement e) {
        XmlElement fault = e.child("fault");
        return new MissingProperty(e.childText("path"), fault == null ? null : LocalizedMethodFault.from(fault));
    }
}
