package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One object of a RetrievePropertiesEx result: its reference, the properties read, the ones that could not be. */
public record ObjectContent(MoRef obj, Map<String, PropertyValue> properties, List<MissingProperty> missing) {

    public static ObjectContent from(XmlElement e) {
        Map<String, PropertyValue> properties = new LinkedHashMap<>();
        for (XmlElement prop : e.children("propSet")) {
            XmlElement val = prop.child("val");
            if (val != null) {
                properties.put(prop.childText("name"), new PropertyValue(val));
            }
        }
        List<MissingProperty> missing = new ArrayList<>();
        for (XmlElement m : e.children("missingSet")) {
            missing.add(MissingProperty.from(m));
        }
        return new ObjectContent(MoRef.child(e, "obj"), properties, missing);
    }

    /** The value of a property path; empty when unset or missing. */
    public Optional<PropertyValue> property(String path) {
        return Optional.ofNullable(properties.get(path));
    }
}
