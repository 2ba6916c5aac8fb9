package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;

/** vim25 KeyAnyValue: a key and an xsi:typed value. */
public record KeyAnyValue(String key, PropertyValue value) {

    public static KeyAnyValue from(XmlElement e) {
        XmlElement value = e.child("value");
        return new KeyAnyValue(e.childText("key"), value == null ? null : new PropertyValue(value));
    }
}
