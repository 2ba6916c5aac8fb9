package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM OrphanedAgency: The solution that owned the agency was unregistered (deprecated). */
public class OrphanedAgency extends AgencyIssue {

    public OrphanedAgency(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
