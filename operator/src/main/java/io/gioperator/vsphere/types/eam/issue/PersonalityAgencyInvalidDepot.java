package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgencyInvalidDepot: The remote depot is invalid. */
public class PersonalityAgencyInvalidDepot extends PersonalityAgencyDepotIssue {

    public PersonalityAgencyInvalidDepot(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
