package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmHookFailed: A vLCM system-VM hook failed (9.0). */
public class VmHookFailed extends VmIssue {

    public VmHookFailed(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
