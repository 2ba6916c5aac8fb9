package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM HostInStandbyMode: Removal is blocked: the host is in standby. */
public class HostInStandbyMode extends VmDeployed {

    public HostInStandbyMode(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
