package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM NoAgentVmDatastore: No agent VM datastore is configured for the host. Passive: configure one. */
public class NoAgentVmDatastore extends VmNotDeployed {

    public NoAgentVmDatastore(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
