package io.gioperator.vsphere.xml;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed SOAP response: namespace, local name, plain attributes, the resolved
 * {@code xsi:type} (whatever prefix the server bound to the schema-instance namespace), the element's own
 * character data and its child elements in document order. Immutable.
 */
public final class XmlElement {

    private final String namespace;
    private final String name;
    private final Map<String, String> attributes;
    private final String xsiType;
    private final String text;
    private final List<XmlElement> children;

    public XmlElement(String namespace, String name, Map<String, String> attributes, String xsiType,
                      String text, List<XmlElement> children) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
        this.attributes = Map.copyOf(attributes);
        this.xsiType = xsiType;
        this.text = text == null ? "" : text;
        this.children = List.copyOf(children);
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    /** The local part of the {@code xsi:type} attribute, or null when the element carries none. */
    public String xsiType() {
        return xsiType;
    }

    /** The xsi:type when present, else the element's own name: the best guess at the wire type. */
    public String typeOrName() {
        return xsiType != null ? xsiType : name;
    }

    /** An unqualified attribute (e.g. the {@code type} of a managed-object reference), or null. */
    public String attribute(String localName) {
        return attributes.get(localName);
    }

    /** The character data directly inside this element, exactly as sent (not trimmed). */
    public String text() {
        return text;
    }

    public List<XmlElement> children() {
        return children;
    }

    public List<XmlElement> children(String localName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(localName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** The first child with that local name, or null. */
    public XmlElement child(String localName) {
        for (XmlElement child : children) {
            if (child.name.equals(localName)) {
                return child;
            }
        }
        return null;
    }

    public Optional<XmlElement> optionalChild(String localName) {
        return Optional.ofNullable(child(localName));
    }

    public boolean has(String localName) {
        return child(localName) != null;
    }

    /** The first element child regardless of name, or null. */
    public XmlElement firstChild() {
        return children.isEmpty() ? null : children.get(0);
    }

    /** Text of the first child with that name, or null when absent. */
    public String childText(String localName) {
        XmlElement child = child(localName);
        return child == null ? null : child.text;
    }

    public List<String> childTexts(String localName) {
        List<String> values = new ArrayList<>();
        for (XmlElement child : children(localName)) {
            values.add(child.text);
        }
        return values;
    }

    public Boolean childBoolean(String localName) {
        String value = childText(localName);
        return value == null ? null : parseBoolean(value.trim());
    }

    public boolean childBoolean(String localName, boolean fallback) {
        Boolean value = childBoolean(localName);
        return value == null ? fallback : value;
    }

    public Integer childInt(String localName) {
        String value = childText(localName);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new XmlFormatException("<" + localName + "> is not an int: " + abbreviate(value));
        }
    }

    public Long childLong(String localName) {
        String value = childText(localName);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new XmlFormatException("<" + localName + "> is not a long: " + abbreviate(value));
        }
    }

    /** An xsd:dateTime child as an instant; vCenter always sends an offset (usually Z). */
    public Instant childDateTime(String localName) {
        String value = childText(localName);
        return value == null ? null : parseDateTime(value.trim());
    }

    public static Instant parseDateTime(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                throw new XmlFormatException("not an xsd:dateTime: " + abbreviate(value));
            }
        }
    }

    private static boolean parseBoolean(String value) {
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new XmlFormatException("not an xsd:boolean: " + abbreviate(value));
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    @Override
    public String toString() {
        return "<" + name + (xsiType == null ? "" : " xsi:type=" + xsiType) + "> (" + children.size() + " children)";
    }
}
