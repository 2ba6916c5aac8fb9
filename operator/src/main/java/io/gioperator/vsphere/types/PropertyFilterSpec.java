package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlWriter;
import java.util.List;

/** vim25 PropertyFilterSpec. WSDL order: propSet, objectSet, reportMissingObjectsInResults. */
public record PropertyFilterSpec(List<PropertySpec> propSet, List<ObjectSpec> objectSet,
                                 Boolean reportMissingObjectsInResults) {

    public PropertyFilterSpec {
        propSet = List.copyOf(propSet);
        objectSet = List.copyOf(objectSet);
    }

    public static PropertyFilterSpec of(PropertySpec prop, ObjectSpec object) {
        return new PropertyFilterSpec(List.of(prop), List.of(object), null);
    }

    public void write(XmlWriter w, String name) {
        w.start(name);
        for (PropertySpec spec : propSet) {
            spec.write(w, "propSet");
        }
        for (ObjectSpec spec : objectSet) {
            spec.write(w, "objectSet");
        }
        w.optional("reportMissingObjectsInResults", reportMissingObjectsInResults);
        w.end();
    }
}
