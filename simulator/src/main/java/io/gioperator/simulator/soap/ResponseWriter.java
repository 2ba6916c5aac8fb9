package io.gioperator.simulator.soap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes SOAP 1.1 responses and faults with StAX, in the shape vCenter produces. */
public final class ResponseWriter {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final String SOAP_ENC = "http://schemas.xmlsoap.org/soap/encoding/";
    private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newFactory);

    private final String namespace;
    private final Function<String, String> faultNamespace;

    /**
     * @param namespace      the operation namespace ({@code urn:vim25} or {@code urn:eam})
     * @param faultNamespace the namespace each fault type's detail element is written in
     */
    public ResponseWriter(String namespace, Function<String, String> faultNamespace) {
        this.namespace = namespace;
        this.faultNamespace = faultNamespace;
    }

    /** A {@code <MethodResponse>} with one {@code <returnval>} per value (none for void or unset results). */
    public byte[] response(String method, List<? extends V> returnvals) {
        return envelope(w -> {
            w.writeStartElement(method + "Response");
            w.writeDefaultNamespace(namespace);
            for (V v : returnvals) {
                value(w, "returnval", v, false);
            }
            w.writeEndElement();
        });
    }

    public byte[] fault(SoapFault fault) {
        return envelope(w -> {
            w.writeStartElement("soapenv", "Fault", RequestReader.SOAP_ENV);
            text(w, "faultcode", "ServerFaultCode");
            text(w, "faultstring", fault.getMessage());
            w.writeStartElement("detail");
            w.writeStartElement(fault.faultType() + "Fault");
            w.writeDefaultNamespace(faultNamespace.apply(fault.faultType()));
            w.writeAttribute("xsi", RequestReader.XSI, "type", fault.faultType());
            for (V.Field f : fault.fields()) {
                value(w, f.name(), f.value(), false);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private byte[] envelope(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            XMLStreamWriter w = FACTORY.get().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("soapenv", "Envelope", RequestReader.SOAP_ENV);
            w.writeNamespace("soapenc", SOAP_ENC);
            w.writeNamespace("soapenv", RequestReader.SOAP_ENV);
            w.writeNamespace("xsd", XSD);
            w.writeNamespace("xsi", RequestReader.XSI);
            w.writeCharacters("\n");
            w.writeStartElement("soapenv", "Body", RequestReader.SOAP_ENV);
            w.writeCharacters("\n");
            body.write(w);
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SOAP response", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    /** Writes one value; {@code anyType} positions announce their type with xsi:type. */
    static void value(XMLStreamWriter w, String name, V v, boolean anyType) throws XMLStreamException {
        if (v instanceof V.Any a) {
            value(w, name, a.value(), true);
        } else if (v instanceof V.Text t) {
            w.writeStartElement(name);
            if (anyType && t.xsiType() != null) {
                w.writeAttribute("xsi", RequestReader.XSI, "type", t.xsiType());
            }
            w.writeCharacters(t.text());
            w.writeEndElement();
        } else if (v instanceof V.Ref r) {
            w.writeStartElement(name);
            w.writeAttribute("type", r.type());
            if (anyType) {
                w.writeAttribute("xsi", RequestReader.XSI, "type", "ManagedObjectReference");
            }
            w.writeCharacters(r.value());
            w.writeEndElement();
        } else if (v instanceof V.Obj o) {
            w.writeStartElement(name);
            if (anyType || o.typed()) {
                w.writeAttribute("xsi", RequestReader.XSI, "type", o.type());
            }
            for (V.Field f : o.fields()) {
                value(w, f.name(), f.value(), false);
            }
            w.writeEndElement();
        } else if (v instanceof V.Arr a) {
            w.writeStartElement(name);
            w.writeAttribute("xsi", RequestReader.XSI, "type", a.type());
            for (V item : a.items()) {
                value(w, a.itemName(), item, true);
            }
            w.writeEndElement();
        }
    }

    /** For diagnostics in tests and logs. */
    public static String toString(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
