package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM ImmediateHostRebootRequired: A live VIB operation failed; the host needs a reboot. */
public class ImmediateHostRebootRequired extends VibIssue {

    public ImmediateHostRebootRequired(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
