package io.gioperator.vsphere.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a whole document into an {@link XmlElement} tree with the JDK's StAX parser, hardened: a DOCTYPE is
 * refused outright (so no entity is ever declared, expanded or fetched), external entities and DTD access are
 * off, and the nesting depth is bounded. The caller bounds the byte size before handing the bytes over.
 */
public final class SafeXmlReader {

    public static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final int MAX_DEPTH = 128;
    private static final XMLInputFactory FACTORY = hardenedFactory();

    private SafeXmlReader() {
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not resolved: " + systemId);
        });
        return factory;
    }

    /** Parses a complete document and returns its root element. */
    public static XmlElement parse(byte[] document) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(document));
            return readDocument(reader);
        } catch (XMLStreamException e) {
            throw new XmlFormatException("malformed XML: " + e.getMessage(), e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new XmlFormatException("DOCTYPE is not allowed in a SOAP message");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XmlFormatException("entity reference &" + reader.getLocalName() + "; is not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root != null) {
                        throw new XmlFormatException("content after the document element");
                    }
                    if (open.size() >= MAX_DEPTH) {
                        throw new XmlFormatException("XML nested deeper than " + MAX_DEPTH + " levels");
                    }
                    open.push(start(reader));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                default -> {
                    // comments, processing instructions, document start/end: nothing to keep
                }
            }
        }
        if (root == null) {
            throw new XmlFormatException("no document element (empty or truncated XML)");
        }
        return root;
    }

    private static Builder start(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        String xsiType = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            String local = reader.getAttributeLocalName(i);
            if (XSI_NS.equals(ns) && "type".equals(local)) {
                xsiType = localPart(reader.getAttributeValue(i));
            } else if (ns == null || ns.isEmpty()) {
                attributes.put(local, reader.getAttributeValue(i));
            }
        }
        return new Builder(reader.getNamespaceURI(), reader.getLocalName(), attributes, xsiType);
    }

    /** "xsd:string" -> "string"; the prefix is whatever the server bound, so only the local part is compared. */
    private static String localPart(String qname) {
        String trimmed = qname.trim();
        int colon = trimmed.indexOf(':');
        return colon < 0 ? trimmed : trimmed.substring(colon + 1);
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final Map<String, String> attributes;
        final String xsiType;
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();

        Builder(String namespace, String name, Map<String, String> attributes, String xsiType) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
            this.xsiType = xsiType;
        }

        XmlElement build() {
            String content = children.isEmpty() ? text.toString() : text.toString().strip();
            return new XmlElement(namespace, name, attributes, xsiType, content, children);
        }
    }
}
