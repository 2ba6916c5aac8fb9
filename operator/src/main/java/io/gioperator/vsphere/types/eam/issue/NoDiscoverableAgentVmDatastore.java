package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM NoDiscoverableAgentVmDatastore: The datastore selection policy found no datastore. */
public class NoDiscoverableAgentVmDatastore extends VmNotDeployed {

    public NoDiscoverableAgentVmDatastore(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
