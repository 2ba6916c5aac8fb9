package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;

/**
 * vim25 LocalizedMethodFault: {@code <fault xsi:type="X">...</fault><localizedMessage>...</localizedMessage>},
 * the error of a task, of a missing property, of an OVF issue. {@code fault} keeps the raw detail for mapping.
 */
public record LocalizedMethodFault(String faultType, String localizedMessage, XmlElement fault) {

    public static LocalizedMethodFault from(XmlElement e) {
        XmlElement fault = e.child("fault");
        String type = fault == null ? null : fault.xsiType();
        return new LocalizedMethodFault(type == null ? "UnknownFault" : type, e.childText("localizedMessage"), fault);
    }

    @Override
    public String toString() {
        return faultType + (localizedMessage == null ? "" : ": " + localizedMessage);
    }
}
