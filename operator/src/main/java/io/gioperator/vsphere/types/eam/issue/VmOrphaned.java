package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmOrphaned: The agent VM sits on a host no longer in scope. Resolve deletes it. */
public class VmOrphaned extends VmIssue {

    public VmOrphaned(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
