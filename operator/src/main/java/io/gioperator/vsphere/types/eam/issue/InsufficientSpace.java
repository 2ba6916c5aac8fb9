package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM InsufficientSpace: The agent datastore is full. */
public class InsufficientSpace extends VmNotDeployed {

    public InsufficientSpace(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
