package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgentPMIssue: A vLCM (personality manager) problem of one agent. */
public class PersonalityAgentPMIssue extends AgentIssue {

    public PersonalityAgentPMIssue(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
