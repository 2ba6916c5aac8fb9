package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlWriter;
import java.util.List;

/** vim25 ObjectSpec: where a filter starts. WSDL order: obj, skip, selectSet. */
public record ObjectSpec(MoRef obj, Boolean skip, List<SelectionSpec> selectSet) {

    public ObjectSpec {
        selectSet = selectSet == null ? List.of() : List.copyOf(selectSet);
    }

    /** Just this object. */
    public static ObjectSpec of(MoRef obj) {
        return new ObjectSpec(obj, null, List.of());
    }

    /** The objects of a ContainerView (the view itself skipped). */
    public static ObjectSpec viaContainerView(MoRef view) {
        return new ObjectSpec(view, true, List.of(TraversalSpec.containerView()));
    }

    public void write(XmlWriter w, String name) {
        w.start(name);
        obj.write(w, "obj");
        w.optional("skip", skip);
        for (SelectionSpec spec : selectSet) {
            spec.write(w, "selectSet");
        }
        w.end();
    }
}
