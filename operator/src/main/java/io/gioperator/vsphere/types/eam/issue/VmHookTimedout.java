package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmHookTimedout: A vLCM system-VM hook timed out (9.0). */
public class VmHookTimedout extends VmIssue {

    public VmHookTimedout(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
