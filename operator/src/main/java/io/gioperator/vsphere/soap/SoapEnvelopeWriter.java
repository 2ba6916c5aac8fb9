package io.gioperator.vsphere.soap;

import io.gioperator.vsphere.xml.SafeXmlReader;
import io.gioperator.vsphere.xml.XmlFormatException;
import io.gioperator.vsphere.xml.XmlWriter;
import java.io.ByteArrayOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Serializes a {@link SoapRequest} into a SOAP 1.1 envelope with StAX. */
final class SoapEnvelopeWriter {

    static final String SOAP_ENV_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private SoapEnvelopeWriter() {
    }

    static byte[] write(String namespace, SoapRequest request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try {
            XMLStreamWriter out = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("soapenv", "Envelope", SOAP_ENV_NS);
            out.writeNamespace("soapenv", SOAP_ENV_NS);
            out.writeNamespace("xsd", XMLConstants.W3C_XML_SCHEMA_NS_URI);
            out.writeNamespace("xsi", SafeXmlReader.XSI_NS);
            out.writeStartElement("soapenv", "Body", SOAP_ENV_NS);
            out.writeStartElement("", request.method(), namespace);
            out.writeDefaultNamespace(namespace);
            out.setDefaultNamespace(namespace);
            XmlWriter w = new XmlWriter(out);
            request.self().write(w, "_this");
            request.params().accept(w);
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new XmlFormatException("cannot write the " + request.method() + " request", e);
        }
        return bytes.toByteArray();
    }
}
