package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgencyPMIssue: The vLCM (personality manager) integration failed for the agency. */
public class PersonalityAgencyPMIssue extends AgencyIssue {

    public PersonalityAgencyPMIssue(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
