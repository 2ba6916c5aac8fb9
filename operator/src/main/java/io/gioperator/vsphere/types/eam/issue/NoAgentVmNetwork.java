package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM NoAgentVmNetwork: No agent VM network is configured for the host. Passive: configure one. */
public class NoAgentVmNetwork extends VmNotDeployed {

    public NoAgentVmNetwork(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
