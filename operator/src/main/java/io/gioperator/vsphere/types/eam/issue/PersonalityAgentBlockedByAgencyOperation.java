package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgentBlockedByAgencyOperation: The agent is blocked by a failed agency-level vLCM operation. */
public class PersonalityAgentBlockedByAgencyOperation extends PersonalityAgentPMIssue {

    public PersonalityAgentBlockedByAgencyOperation(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
