package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM ManagedHostNotReachable: The host is disconnected or powered off. Not remediable by EAM. */
public class ManagedHostNotReachable extends AgentIssue {

    public ManagedHostNotReachable(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
