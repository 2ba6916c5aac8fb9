package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlWriter;

/**
 * vim25 SelectionSpec: either a named reference to a traversal spec defined elsewhere in the filter, or a
 * {@link TraversalSpec} itself (written with {@code xsi:type="TraversalSpec"}).
 */
public sealed interface SelectionSpec permits SelectionSpec.Named, TraversalSpec {

    void write(XmlWriter w, String elementName);

    /** {@code <selectSet><name>visitFolders</name></selectSet>}: a reference to a named traversal spec. */
    record Named(String name) implements SelectionSpec {
        @Override
        public void write(XmlWriter w, String elementName) {
            w.start(elementName).element("name", name).end();
        }
    }
}
