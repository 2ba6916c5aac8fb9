package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM MissingAgentIpPool: The network has no IP pool (deprecated). */
public class MissingAgentIpPool extends VmPoweredOff {

    private final MoRef network;

    public MissingAgentIpPool(XmlElement e, String wireType) {
        super(e, wireType);
        this.network = MoRef.child(e, "network");
    }

    public MoRef network() {
        return network;
    }
}
