package io.gioperator.vsphere.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import mockwebserver3.RecordedRequest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A SOAP request as the fake server received it, parsed with DOM (independently of the client's own StAX reader)
 * so tests can check element names, namespaces, order and values on the wire.
 */
public record SoapCall(String path, String soapAction, String cookie, String contentType, String body, Element method) {

    static SoapCall from(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        return new SoapCall(request.getUrl().encodedPath(), request.getHeaders().get("SOAPAction"),
                request.getHeaders().get("Cookie"), request.getHeaders().get("Content-Type"), body, parse(body));
    }

    private static Element parse(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes("UTF-8")));
            Element envelope = doc.getDocumentElement();
            Element soapBody = children(envelope).get(0);
            return children(soapBody).get(0);
        } catch (Exception e) {
            throw new AssertionError("request is not a SOAP envelope: " + body, e);
        }
    }

    public String methodName() {
        return method.getLocalName();
    }

    public String namespace() {
        return method.getNamespaceURI();
    }

    /** Local names of the method element's children, in wire order. */
    public List<String> paramNames() {
        return names(method);
    }

    /** The first element reached by a path of local names below the method element, e.g. "spec/propSet/type". */
    public Element element(String path) {
        Element current = method;
        for (String step : path.split("/")) {
            Element next = null;
            for (Element child : children(current)) {
                if (child.getLocalName().equals(step)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                throw new AssertionError("no <" + step + "> in path " + path + " of " + body);
            }
            current = next;
        }
        return current;
    }

    public String text(String path) {
        return element(path).getTextContent();
    }

    public List<String> texts(String name) {
        List<String> values = new ArrayList<>();
        for (Element child : children(method)) {
            if (child.getLocalName().equals(name)) {
                values.add(child.getTextContent());
            }
        }
        return values;
    }

    public List<String> childNames(String path) {
        return names(element(path));
    }

    /** The xsi:type attribute's value of the element at path (prefix included as written). */
    public String xsiType(String path) {
        return element(path).getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
    }

    public String thisType() {
        return element("_this").getAttribute("type");
    }

    public String thisValue() {
        return element("_this").getTextContent();
    }

    public static List<String> names(Element e) {
        List<String> names = new ArrayList<>();
        for (Element child : children(e)) {
            names.add(child.getLocalName());
        }
        return names;
    }

    public static List<Element> children(Element e) {
        List<Element> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }
}
