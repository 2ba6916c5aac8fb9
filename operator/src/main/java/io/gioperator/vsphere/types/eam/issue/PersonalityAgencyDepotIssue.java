package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgencyDepotIssue: A problem with the remote depot of the agency's VIB. */
public class PersonalityAgencyDepotIssue extends PersonalityAgencyPMIssue {

    private final String remoteDepotUrl;

    public PersonalityAgencyDepotIssue(XmlElement e, String wireType) {
        super(e, wireType);
        this.remoteDepotUrl = e.childText("remoteDepotUrl");
    }

    public String remoteDepotUrl() {
        return remoteDepotUrl;
    }
}
