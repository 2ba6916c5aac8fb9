package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmInaccessible: The agent VM is inaccessible (8.3). */
public class VmInaccessible extends VmIssue {

    public VmInaccessible(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
