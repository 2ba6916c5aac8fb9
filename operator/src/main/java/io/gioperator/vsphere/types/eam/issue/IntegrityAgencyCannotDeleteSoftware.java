package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM IntegrityAgencyCannotDeleteSoftware: Update Manager could not delete the software. */
public class IntegrityAgencyCannotDeleteSoftware extends IntegrityAgencyVUMIssue {

    public IntegrityAgencyCannotDeleteSoftware(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
