package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmIssue: An issue of a deployed agent VM. */
public class VmIssue extends AgentIssue {

    private final MoRef vm;

    public VmIssue(XmlElement e, String wireType) {
        super(e, wireType);
        this.vm = MoRef.child(e, "vm");
    }

    public MoRef vm() {
        return vm;
    }
}
