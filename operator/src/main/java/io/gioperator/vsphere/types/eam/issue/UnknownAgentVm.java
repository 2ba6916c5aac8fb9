package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM UnknownAgentVm: An agent VM that belongs to no agency (deprecated). */
public class UnknownAgentVm extends HostIssue {

    private final MoRef vm;

    public UnknownAgentVm(XmlElement e, String wireType) {
        super(e, wireType);
        this.vm = MoRef.child(e, "vm");
    }

    public MoRef vm() {
        return vm;
    }
}
