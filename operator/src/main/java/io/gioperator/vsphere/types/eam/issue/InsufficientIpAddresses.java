package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM InsufficientIpAddresses: The IP pool of the network has no free address (deprecated). */
public class InsufficientIpAddresses extends VmPoweredOff {

    private final MoRef network;

    public InsufficientIpAddresses(XmlElement e, String wireType) {
        super(e, wireType);
        this.network = MoRef.child(e, "network");
    }

    public MoRef network() {
        return network;
    }
}
