package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmRequiresHostOutOfMaintenanceMode: The VM cannot be deployed while the host is in maintenance mode. */
public class VmRequiresHostOutOfMaintenanceMode extends VmNotDeployed {

    public VmRequiresHostOutOfMaintenanceMode(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
