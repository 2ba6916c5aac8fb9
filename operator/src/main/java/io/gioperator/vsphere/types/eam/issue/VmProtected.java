package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmProtected: The agent VM is protected from modification, e.g. during HA recovery (9.0). */
public class VmProtected extends VmIssue {

    public VmProtected(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
