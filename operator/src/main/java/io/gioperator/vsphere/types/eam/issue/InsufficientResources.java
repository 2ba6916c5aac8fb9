package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM InsufficientResources: The host lacks CPU or memory for the agent VM. */
public class InsufficientResources extends VmNotDeployed {

    public InsufficientResources(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
