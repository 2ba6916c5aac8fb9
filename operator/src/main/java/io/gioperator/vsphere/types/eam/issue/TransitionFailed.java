package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM TransitionFailed: Migration of the agency to a vLCM solution failed (9.0). */
public class TransitionFailed extends AgentIssue {

    public TransitionFailed(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
