package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM HostPoweredOff: Removal is blocked: the host is powered off (deprecated). */
public class HostPoweredOff extends VmDeployed {

    public HostPoweredOff(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
