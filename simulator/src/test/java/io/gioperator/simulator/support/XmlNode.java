package io.gioperator.simulator.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A parsed response element tree (read with StAX, DOCTYPE refused) with small query helpers for tests. */
public final class XmlNode {
    public final String name;
    public final String namespace;
    public final Map<String, String> attrs = new HashMap<>();
    public final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name, String namespace) {
        this.name = name;
        this.namespace = namespace;
    }

    public static XmlNode parse(byte[] xml) {
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            List<XmlNode> stack = new ArrayList<>();
            XmlNode root = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    XmlNode n = new XmlNode(r.getLocalName(), r.getNamespaceURI());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String local = r.getAttributeLocalName(i);
                        n.attrs.put(Xml.XSI.equals(r.getAttributeNamespace(i)) ? "xsi:" + local : local,
                                r.getAttributeValue(i));
                    }
                    if (stack.isEmpty()) {
                        root = n;
                    } else {
                        stack.get(stack.size() - 1).children.add(n);
                    }
                    stack.add(n);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    stack.remove(stack.size() - 1);
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).text.append(r.getText());
                    }
                }
            }
            return root;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("not XML: " + new String(xml), e);
        }
    }

    public String text() {
        return text.toString().trim();
    }

    public String xsiType() {
        return attrs.get("xsi:type");
    }

    /** First child with that name, or null. */
    public XmlNode child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
    }

    public List<XmlNode> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** Follows a slash-separated path of first children, e.g. "returnval/about/version"; null if absent. */
    public XmlNode at(String path) {
        XmlNode n = this;
        for (String p : path.split("/")) {
            n = n == null ? null : n.child(p);
        }
        return n;
    }

    public String textAt(String path) {
        XmlNode n = at(path);
        return n == null ? null : n.text();
    }

    /** Names of the direct children, in document order. */
    public List<String> childNames() {
        return children.stream().map(c -> c.name).toList();
    }

    /** Depth-first search for the first descendant with that name. */
    public XmlNode find(String descendant) {
        for (XmlNode c : children) {
            if (c.name.equals(descendant)) {
                return c;
            }
            XmlNode f = c.find(descendant);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "<" + name + (text().isEmpty() ? "" : ">" + text()) + " " + childNames() + ">";
    }
}
