package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgentAwaitingPMRemediation: The agent waits for an admin to remediate the cluster image in vLCM. */
public class PersonalityAgentAwaitingPMRemediation extends PersonalityAgentPMIssue {

    public PersonalityAgentAwaitingPMRemediation(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
