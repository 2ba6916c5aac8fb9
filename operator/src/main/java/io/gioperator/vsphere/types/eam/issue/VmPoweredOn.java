package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmPoweredOn: The agent VM should be off but is on. Resolve powers it off. */
public class VmPoweredOn extends VmIssue {

    public VmPoweredOn(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
