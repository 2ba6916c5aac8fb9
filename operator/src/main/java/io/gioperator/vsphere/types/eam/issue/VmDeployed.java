package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmDeployed: The agent VM should have been removed but was not. */
public class VmDeployed extends VmIssue {

    public VmDeployed(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
