package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM NoDiscoverableAgentVmNetwork: The network selection policy found no network. */
public class NoDiscoverableAgentVmNetwork extends VmNotDeployed {

    public NoDiscoverableAgentVmNetwork(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
