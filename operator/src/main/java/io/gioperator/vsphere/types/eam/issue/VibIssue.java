package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibIssue: A problem with the agency's VIB on this host. */
public class VibIssue extends AgentIssue {

    public VibIssue(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
