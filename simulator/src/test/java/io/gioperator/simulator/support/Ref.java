package io.gioperator.simulator.support;

/** A managed object reference in tests. */
public record Ref(String type, String value) {
    public static Ref of(XmlNode n) {
        return n == null ? null : new Ref(n.attrs.get("type"), n.text());
    }

    public Xml as(String element) {
        return Xml.ref(element, type, value);
    }

    public Xml self() {
        return as("_this");
    }
}
