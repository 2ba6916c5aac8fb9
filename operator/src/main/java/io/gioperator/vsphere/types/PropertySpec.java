package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlWriter;
import java.util.List;

/** vim25 PropertySpec: which properties of which type to read. WSDL order: type, all, pathSet. */
public record PropertySpec(String type, Boolean all, List<String> pathSet) {

    public PropertySpec {
        pathSet = pathSet == null ? List.of() : List.copyOf(pathSet);
    }

    public static PropertySpec of(String type, String... paths) {
        return new PropertySpec(type, null, List.of(paths));
    }

    public void write(XmlWriter w, String name) {
        w.start(name).element("type", type).optional("all", all).repeated("pathSet", pathSet).end();
    }
}
