package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgencyPMUnavailable: The personality manager is unavailable. Resolve retries. */
public class PersonalityAgencyPMUnavailable extends PersonalityAgencyPMIssue {

    public PersonalityAgencyPMUnavailable(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
