package io.gioperator.simulator.soap;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a SOAP 1.1 request as strictly as vCenter: the envelope and body must be SOAP 1.1, the operation must be a
 * known method in the endpoint's namespace, and every parameter and data object must match the schema: known
 * elements in the right namespace, in WSDL order, required ones present, primitives well formed, xsi:type naming a
 * subtype. Violations become InvalidRequest faults whose faultstring mimics vCenter's parser messages.
 */
public final class RequestReader {
    public static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(RequestReader::hardened);

    /** A parsed call: the method, its {@code _this} and all parameters (including {@code _this}). */
    public record Parsed(String method, V.Ref target, V.Obj params) {
    }

    private final Schema schema;
    private final String namespace;

    public RequestReader(Schema schema, String namespace) {
        this.schema = schema;
        this.namespace = namespace;
    }

    private static XMLInputFactory hardened() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public Parsed read(byte[] body) throws SoapFault {
        Cursor c = null;
        try {
            c = new Cursor(FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(body)));
            return c.envelope();
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            throw c == null ? Faults.invalidRequest(msg) : c.fail(msg);
        }
    }

    /** Walks the document, keeping the "while parsing ..." context vCenter appends to its messages. */
    private final class Cursor {
        private final XMLStreamReader r;
        private final Deque<String> context = new ArrayDeque<>();

        Cursor(XMLStreamReader r) {
            this.r = r;
        }

        Parsed envelope() throws XMLStreamException, SoapFault {
            if (nextTag() != XMLStreamConstants.START_ELEMENT || !isSoap("Envelope")) {
                throw fail(unexpected());
            }
            context.push("while parsing SOAP envelope\n" + at());
            int ev = nextTag();
            if (ev == XMLStreamConstants.START_ELEMENT && isSoap("Header")) {
                skipSubtree();
                ev = nextTag();
            }
            if (ev != XMLStreamConstants.START_ELEMENT || !isSoap("Body")) {
                throw fail(ev == XMLStreamConstants.START_ELEMENT ? unexpected() : "Missing SOAP body");
            }
            context.push("while parsing SOAP body\n" + at());
            if (nextTag() != XMLStreamConstants.START_ELEMENT) {
                throw fail("Missing method element in SOAP body");
            }
            QName q = r.getName();
            if (!namespace.equals(q.getNamespaceURI())) {
                throw fail(unexpected());
            }
            Schema.MethodDef def = schema.methodDef(q.getLocalPart())
                    .orElseThrow(() -> fail("Unable to resolve WSDL method name " + q.getLocalPart()));
            context.push("while parsing call information for method " + def.name() + "\n" + at());
            List<V.Field> params = fields(def.params(), def.name(), true);
            context.pop();
            if (nextTag() != XMLStreamConstants.END_ELEMENT) {
                throw fail(unexpected());
            }
            context.pop();
            if (nextTag() != XMLStreamConstants.END_ELEMENT) {
                throw fail(unexpected());
            }
            V.Obj obj = new V.Obj(def.name(), params, false);
            return new Parsed(def.name(), obj.ref("_this"), obj);
        }

        private List<V.Field> fields(List<Schema.FieldDef> defs, String owner, boolean method)
                throws XMLStreamException, SoapFault {
            List<V.Field> out = new ArrayList<>();
            int[] counts = new int[defs.size()];
            int pos = 0;
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                QName q = r.getName();
                int j = -1;
                if (namespace.equals(q.getNamespaceURI())) {
                    for (int k = pos; k < defs.size() && j < 0; k++) {
                        if (defs.get(k).name().equals(q.getLocalPart())) {
                            j = k;
                        }
                    }
                }
                if (j < 0) {
                    throw fail(unexpected());
                }
                for (int k = pos; k < j; k++) {
                    if (defs.get(k).required() && counts[k] == 0) {
                        throw fail(missing(defs.get(k), owner, method));
                    }
                }
                Schema.FieldDef fd = defs.get(j);
                V v = value(fd, owner, method);
                counts[j]++;
                if (v != null) {
                    out.add(new V.Field(fd.name(), v));
                }
                pos = fd.many() ? j : j + 1;
            }
            for (int k = pos; k < defs.size(); k++) {
                if (defs.get(k).required() && counts[k] == 0) {
                    throw fail(missing(defs.get(k), owner, method));
                }
            }
            return out;
        }

        private V value(Schema.FieldDef fd, String owner, boolean method) throws XMLStreamException, SoapFault {
            String xsiType = r.getAttributeValue(XSI, "type");
            if ("true".equals(r.getAttributeValue(XSI, "nil")) || fd.opaque()) {
                skipSubtree();
                return null;
            }
            String where = method ? "while parsing parameter \"" + fd.name() + "\" of method " + owner
                    : "while parsing property \"" + fd.name() + "\" of static type " + fd.type();
            if (fd.primitive()) {
                String text = text();
                String err = Xsd.validate(fd.type(), text);
                if (err != null) {
                    context.push(where);
                    throw fail(err);
                }
                return new V.Text(null, text);
            }
            if (fd.isRef()) {
                String type = r.getAttributeValue(null, "type");
                context.push(where);
                if (type == null || type.isBlank()) {
                    throw fail("Required attribute \"type\" is missing from managed object reference");
                }
                String text = text().trim();
                if (text.isEmpty()) {
                    throw fail("Managed object reference of type " + type + " has no value");
                }
                context.pop();
                return new V.Ref(type, text);
            }
            return dataObject(fd, xsiType, where);
        }

        private V dataObject(Schema.FieldDef fd, String xsiType, String where) throws XMLStreamException, SoapFault {
            String actual = fd.type();
            context.push(where);
            if (xsiType != null) {
                String t = xsiType.contains(":") ? xsiType.substring(xsiType.indexOf(':') + 1) : xsiType;
                if (!schema.knows(t)) {
                    throw fail("Unable to resolve type \"" + t + "\"");
                }
                if (!schema.isSubtype(t, fd.type())) {
                    throw fail("Type \"" + t + "\" is not a subtype of \"" + fd.type() + "\"");
                }
                actual = t;
            }
            if (schema.typeDef(actual).orElseThrow().isAbstract()) {
                throw fail("Cannot instantiate abstract type \"" + actual + "\"; an xsi:type is required");
            }
            context.push("while parsing serialized DataObject of type " + actual + "\n" + at());
            List<V.Field> fields = fields(schema.fields(actual), actual, false);
            context.pop();
            context.pop();
            return new V.Obj(actual, fields, schema.hasSubtypes(fd.type()) || !actual.equals(fd.type()));
        }

        private String text() throws XMLStreamException, SoapFault {
            StringBuilder sb = new StringBuilder();
            while (true) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            sb.append(r.getText());
                    case XMLStreamConstants.START_ELEMENT -> throw fail(unexpected());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return sb.toString();
                    }
                    default -> {
                        // comments and processing instructions carry no data
                    }
                }
            }
        }

        private int nextTag() throws XMLStreamException, SoapFault {
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT,
                            XMLStreamConstants.END_DOCUMENT -> {
                        return ev;
                    }
                    case XMLStreamConstants.DTD -> throw fail("DOCTYPE is not allowed in a SOAP message");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw fail("Entity references are not allowed");
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!r.isWhiteSpace()) {
                            throw fail("Unexpected text \"" + r.getText().trim() + "\" seen");
                        }
                    }
                    default -> {
                        // whitespace, comments, processing instructions
                    }
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        }

        private void skipSubtree() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (ev == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("DOCTYPE is not allowed in a SOAP message");
                }
            }
        }

        private boolean isSoap(String local) {
            return SOAP_ENV.equals(r.getNamespaceURI()) && local.equals(r.getLocalName());
        }

        private String unexpected() {
            if (!r.isStartElement()) {
                return "Unexpected end of element seen";
            }
            QName q = r.getName();
            boolean foreign = !namespace.equals(q.getNamespaceURI()) && !SOAP_ENV.equals(q.getNamespaceURI());
            String name = foreign ? "{" + q.getNamespaceURI() + "}" + q.getLocalPart() : q.getLocalPart();
            return "Unexpected element tag \"" + name + "\" seen";
        }

        private String missing(Schema.FieldDef fd, String owner, boolean method) {
            return method ? "Required parameter " + fd.name() + " is missing"
                    : "Required property " + fd.name() + " is missing from data object of type " + owner;
        }

        private String at() {
            Location l = r.getLocation();
            return "at line " + l.getLineNumber() + ", column " + l.getColumnNumber();
        }

        SoapFault fail(String message) {
            StringBuilder sb = new StringBuilder(message);
            for (String c : context) {
                sb.append("\n\n").append(c);
            }
            return Faults.invalidRequest(sb.toString());
        }
    }
}
