package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.LocalizedMethodFault;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM OvfInvalidProperty: An OVF property is missing or invalid. Passive: fix ovfEnvironment through Update. */
public class OvfInvalidProperty extends AgentIssue {

    private final List<LocalizedMethodFault> error;

    public OvfInvalidProperty(XmlElement e, String wireType) {
        super(e, wireType);
        this.error = IssueFields.faults(e, "error");
    }

    public List<LocalizedMethodFault> error() {
        return error;
    }
}
