package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgencyInaccessibleDepot: The remote depot is not reachable. */
public class PersonalityAgencyInaccessibleDepot extends PersonalityAgencyDepotIssue {

    public PersonalityAgencyInaccessibleDepot(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
