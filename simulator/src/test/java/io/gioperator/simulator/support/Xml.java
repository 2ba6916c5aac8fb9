package io.gioperator.simulator.support;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A tiny element builder for test requests, serialized with StAX (no string templates). */
public final class Xml {
    public static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final String name;
    private String namespace;
    private final Map<String, String> attrs = new LinkedHashMap<>();
    private String xsiType;
    private String text;
    private final List<Xml> children = new ArrayList<>();

    private Xml(String name) {
        this.name = name;
    }

    public static Xml el(String name) {
        return new Xml(name);
    }

    /** {@code <name>text</name>} */
    public static Xml el(String name, Object text) {
        return new Xml(name).text(String.valueOf(text));
    }

    /** A managed object reference {@code <name type="type">value</name>}. */
    public static Xml ref(String name, String type, String value) {
        return new Xml(name).attr("type", type).text(value);
    }

    public Xml ns(String ns) {
        this.namespace = ns;
        return this;
    }

    public Xml attr(String k, String v) {
        attrs.put(k, v);
        return this;
    }

    public Xml type(String xsiType) {
        this.xsiType = xsiType;
        return this;
    }

    public Xml text(String t) {
        this.text = t;
        return this;
    }

    public Xml add(Xml... kids) {
        children.addAll(List.of(kids));
        return this;
    }

    public Xml addAll(List<Xml> kids) {
        children.addAll(kids);
        return this;
    }

    /** A SOAP 1.1 envelope around {@code body}, as bytes. */
    public static byte[] envelope(Xml body) {
        return envelope(body, SOAP);
    }

    public static byte[] envelope(Xml body, String soapNs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("soapenv", "Envelope", soapNs);
            w.writeNamespace("soapenv", soapNs);
            w.writeNamespace("xsi", XSI);
            w.writeStartElement("soapenv", "Body", soapNs);
            body.write(w);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private void write(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement(name);
        if (namespace != null) {
            w.writeDefaultNamespace(namespace);
        }
        for (Map.Entry<String, String> a : attrs.entrySet()) {
            w.writeAttribute(a.getKey(), a.getValue());
        }
        if (xsiType != null) {
            w.writeAttribute("xsi", XSI, "type", xsiType);
        }
        if (text != null) {
            w.writeCharacters(text);
        }
        for (Xml c : children) {
            c.write(w);
        }
        w.writeEndElement();
    }
}
