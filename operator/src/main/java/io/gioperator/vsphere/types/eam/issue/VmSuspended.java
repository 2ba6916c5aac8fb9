package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmSuspended: The agent VM is suspended. Resolve powers it on. */
public class VmSuspended extends VmIssue {

    public VmSuspended(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
