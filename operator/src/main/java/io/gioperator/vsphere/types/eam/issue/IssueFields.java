package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.KeyAnyValue;
import io.gioperator.vsphere.types.LocalizedMethodFault;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** Readers for the less common field types of issues. */
final class IssueFields {

    private IssueFields() {
    }

    static List<LocalizedMethodFault> faults(XmlElement e, String name) {
        List<LocalizedMethodFault> faults = new ArrayList<>();
        for (XmlElement child : e.children(name)) {
            faults.add(LocalizedMethodFault.from(child));
        }
        return faults;
    }

    static List<KeyAnyValue> keyAnyValues(XmlElement e, String name) {
        List<KeyAnyValue> values = new ArrayList<>();
        for (XmlElement child : e.children(name)) {
            values.add(KeyAnyValue.from(child));
        }
        return values;
    }
}
