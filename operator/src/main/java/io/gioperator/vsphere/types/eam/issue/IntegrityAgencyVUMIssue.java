package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM IntegrityAgencyVUMIssue: Interaction with Update Manager failed (deprecated). */
public class IntegrityAgencyVUMIssue extends AgencyIssue {

    public IntegrityAgencyVUMIssue(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
