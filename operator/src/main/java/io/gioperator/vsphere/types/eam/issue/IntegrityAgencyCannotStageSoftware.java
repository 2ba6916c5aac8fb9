package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM IntegrityAgencyCannotStageSoftware: Update Manager could not stage the software. */
public class IntegrityAgencyCannotStageSoftware extends IntegrityAgencyVUMIssue {

    public IntegrityAgencyCannotStageSoftware(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
