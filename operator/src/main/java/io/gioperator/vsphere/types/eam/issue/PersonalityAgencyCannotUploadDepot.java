package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM PersonalityAgencyCannotUploadDepot: The depot could not be uploaded to vLCM. */
public class PersonalityAgencyCannotUploadDepot extends PersonalityAgencyDepotIssue {

    private final String localDepotUrl;

    public PersonalityAgencyCannotUploadDepot(XmlElement e, String wireType) {
        super(e, wireType);
        this.localDepotUrl = e.childText("localDepotUrl");
    }

    public String localDepotUrl() {
        return localDepotUrl;
    }
}
