package io.gioperator.vsphere.xml;

import java.time.Instant;
import java.util.Collection;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the body of a SOAP request with StAX: every element unqualified in the method's default namespace,
 * polymorphic values tagged with {@code xsi:type}. Optional helpers skip null values so that data objects can
 * write their fields in WSDL order, one call per field.
 */
public final class XmlWriter {

    private final XMLStreamWriter out;

    public XmlWriter(XMLStreamWriter out) {
        this.out = out;
    }

    public XmlWriter start(String name) {
        try {
            out.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new XmlFormatException("cannot write <" + name + ">", e);
        }
        return this;
    }

    /** Opens an element tagged with {@code xsi:type} (the prefix "xsi" is bound on the envelope). */
    public XmlWriter startTyped(String name, String xsiType) {
        start(name);
        attribute("xsi", SafeXmlReader.XSI_NS, "type", xsiType);
        return this;
    }

    public XmlWriter attribute(String name, String value) {
        try {
            out.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new XmlFormatException("cannot write attribute " + name, e);
        }
        return this;
    }

    private void attribute(String prefix, String ns, String name, String value) {
        try {
            out.writeAttribute(prefix, ns, name, value);
        } catch (XMLStreamException e) {
            throw new XmlFormatException("cannot write attribute " + name, e);
        }
    }

    public XmlWriter text(String value) {
        try {
            out.writeCharacters(value);
        } catch (XMLStreamException e) {
            throw new XmlFormatException("cannot write text", e);
        }
        return this;
    }

    public XmlWriter end() {
        try {
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new XmlFormatException("cannot close element", e);
        }
        return this;
    }

    /** {@code <name>value</name>}; required field. */
    public XmlWriter element(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("<" + name + "> is required");
        }
        return start(name).text(value).end();
    }

    public XmlWriter element(String name, boolean value) {
        return element(name, Boolean.toString(value));
    }

    public XmlWriter element(String name, long value) {
        return element(name, Long.toString(value));
    }

    public XmlWriter optional(String name, String value) {
        return value == null ? this : element(name, value);
    }

    public XmlWriter optional(String name, Boolean value) {
        return value == null ? this : element(name, value.toString());
    }

    public XmlWriter optional(String name, Integer value) {
        return value == null ? this : element(name, value.toString());
    }

    public XmlWriter optional(String name, Instant value) {
        return value == null ? this : element(name, value.toString());
    }

    /** An array field: one element per value, nothing at all for an empty array. */
    public XmlWriter repeated(String name, Collection<?> values) {
        if (values != null) {
            for (Object value : values) {
                element(name, String.valueOf(value));
            }
        }
        return this;
    }

    /** A managed-object reference: {@code <name type="HostSystem">host-12</name>}. */
    public XmlWriter moRef(String name, String type, String value) {
        return start(name).attribute("type", type).text(value).end();
    }
}
