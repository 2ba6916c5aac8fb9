package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibCannotPutHostOutOfMaintenanceMode: EAM could not take the host out of maintenance mode. */
public class VibCannotPutHostOutOfMaintenanceMode extends VibIssue {

    public VibCannotPutHostOutOfMaintenanceMode(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
