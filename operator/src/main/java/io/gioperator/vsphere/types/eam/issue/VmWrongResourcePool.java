package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmWrongResourcePool: The agent VM was moved out of its resource pool (deprecated). */
public class VmWrongResourcePool extends VmIssue {

    private final MoRef currentResourcePool;
    private final MoRef requiredResourcePool;

    public VmWrongResourcePool(XmlElement e, String wireType) {
        super(e, wireType);
        this.currentResourcePool = MoRef.child(e, "currentResourcePool");
        this.requiredResourcePool = MoRef.child(e, "requiredResourcePool");
    }

    public MoRef currentResourcePool() {
        return currentResourcePool;
    }

    public MoRef requiredResourcePool() {
        return requiredResourcePool;
    }
}
