package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmNotDeployed: The agent VM should exist but does not (also after someone deleted it). Resolve deploys a fresh VM from the OVF. */
public class VmNotDeployed extends AgentIssue {

    public VmNotDeployed(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
