package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM HostInMaintenanceMode: A VM operation is blocked by maintenance mode. */
public class HostInMaintenanceMode extends VmDeployed {

    public HostInMaintenanceMode(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
