package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.KeyAnyValue;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM ExtensibleIssue: A solution-defined issue added through AddIssue (deprecated). */
public class ExtensibleIssue extends Issue {

    private final String typeId;
    private final List<KeyAnyValue> argument;
    private final MoRef target;
    private final MoRef agent;
    private final MoRef agency;

    public ExtensibleIssue(XmlElement e, String wireType) {
        super(e, wireType);
        this.typeId = e.childText("typeId");
        this.argument = IssueFields.keyAnyValues(e, "argument");
        this.target = MoRef.child(e, "target");
        this.agent = MoRef.child(e, "agent");
        this.agency = MoRef.child(e, "agency");
    }

    public String typeId() {
        return typeId;
    }

    public List<KeyAnyValue> argument() {
        return argument;
    }

    public MoRef target() {
        return target;
    }

    public MoRef agent() {
        return agent;
    }

    public MoRef agency() {
        return agency;
    }
}
