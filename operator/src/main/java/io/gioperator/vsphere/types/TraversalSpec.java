package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlWriter;
import java.util.List;

/** vim25 TraversalSpec: follow property {@code path} of objects of {@code type}. WSDL order: name, type, path, skip, selectSet. */
public record TraversalSpec(String name, String type, String path, Boolean skip, List<SelectionSpec> selectSet)
        implements SelectionSpec {

    public TraversalSpec {
        selectSet = selectSet == null ? List.of() : List.copyOf(selectSet);
    }

    /** The usual "from a ContainerView follow {@code view}" spec. */
    public static TraversalSpec containerView() {
        return new TraversalSpec("traverseView", "ContainerView", "view", false, List.of());
    }

    @Override
    public void write(XmlWriter w, String elementName) {
        w.startTyped(elementName, "TraversalSpec").optional("name", name).element("type", type).element("path", path)
                .optional("skip", skip);
        for (SelectionSpec spec : selectSet) {
            spec.write(w, "selectSet");
        }
        w.end();
    }
}
