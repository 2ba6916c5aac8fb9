package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM IntegrityAgencyVUMUnavailable: Update Manager is unavailable. */
public class IntegrityAgencyVUMUnavailable extends IntegrityAgencyVUMIssue {

    public IntegrityAgencyVUMUnavailable(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
