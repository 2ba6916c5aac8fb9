package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibRequiresHostInMaintenanceMode: The VIB is staged and needs maintenance mode. Resolve puts the host in maintenance mode. */
public class VibRequiresHostInMaintenanceMode extends VibIssue {

    public VibRequiresHostInMaintenanceMode(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
