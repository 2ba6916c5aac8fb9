package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmPoweredOff: The agent VM should be on but is off. Resolve powers it on. */
public class VmPoweredOff extends VmIssue {

    public VmPoweredOff(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
