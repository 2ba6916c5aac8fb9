package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM ClusterAgentAgentIssue: An issue of a cluster-bound agent (vCLS-style agencies, 6.9+). */
public class ClusterAgentAgentIssue extends AgencyIssue {

    private final MoRef agent;
    private final MoRef cluster;

    public ClusterAgentAgentIssue(XmlElement e, String wireType) {
        super(e, wireType);
        this.agent = MoRef.child(e, "agent");
        this.cluster = MoRef.child(e, "cluster");
    }

    public MoRef agent() {
        return agent;
    }

    public MoRef cluster() {
        return cluster;
    }
}
