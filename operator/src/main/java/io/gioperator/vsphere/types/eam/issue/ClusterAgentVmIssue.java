package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM ClusterAgentVmIssue: An issue of a cluster-bound agent VM. */
public class ClusterAgentVmIssue extends ClusterAgentAgentIssue {

    private final MoRef vm;

    public ClusterAgentVmIssue(XmlElement e, String wireType) {
        super(e, wireType);
        this.vm = MoRef.child(e, "vm");
    }

    public MoRef vm() {
        return vm;
    }
}
