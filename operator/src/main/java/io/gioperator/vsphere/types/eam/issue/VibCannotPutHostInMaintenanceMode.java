package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibCannotPutHostInMaintenanceMode: EAM could not put the host in maintenance mode (VMs cannot be evacuated). */
public class VibCannotPutHostInMaintenanceMode extends VibIssue {

    public VibCannotPutHostInMaintenanceMode(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
