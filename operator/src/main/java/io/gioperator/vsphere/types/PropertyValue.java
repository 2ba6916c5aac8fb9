package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code val} of a property (xsi:typed {@code anyType}): a string, boolean, enum value, reference, array or data
 * object. Typed accessors read it as what the caller knows it to be.
 */
public record PropertyValue(XmlElement element) {

    /** The value's wire type, e.g. "string", "boolean", "ManagedObjectReference", "AboutInfo". */
    public String xsiType() {
        return element.xsiType();
    }

    public String asString() {
        return element.text();
    }

    public boolean asBoolean() {
        String text = element.text().trim();
        if (!text.equals("true") && !text.equals("false")) {
            throw new XmlFormatException("property value is not a boolean: " + element.typeOrName());
        }
        return Boolean.parseBoolean(text);
    }

    public long asLong() {
        try {
            return Long.parseLong(element.text().trim());
        } catch (NumberFormatException e) {
            throw new XmlFormatException("property value is not a number: " + element.typeOrName());
        }
    }

    public MoRef asMoRef() {
        return MoRef.from(element);
    }

    /** An {@code ArrayOfManagedObjectReference}: one child per reference, whatever the child element is called. */
    public List<MoRef> asMoRefs() {
        List<MoRef> refs = new ArrayList<>();
        for (XmlElement child : element.children()) {
            refs.add(MoRef.from(child));
        }
        return refs;
    }

    /** An {@code ArrayOfString}. */
    public List<String> asStrings() {
        List<String> values = new ArrayList<>();
        for (XmlElement child : element.children()) {
            values.add(child.text());
        }
        return values;
    }
}
