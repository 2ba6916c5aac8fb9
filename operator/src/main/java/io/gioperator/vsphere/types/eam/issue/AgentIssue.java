package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM AgentIssue: An issue of one agent, i.e. of one host of the agency's scope. */
public class AgentIssue extends AgencyIssue {

    private final MoRef agent;
    private final String agentName;
    private final MoRef host;
    private final String hostName;

    public AgentIssue(XmlElement e, String wireType) {
        super(e, wireType);
        this.agent = MoRef.child(e, "agent");
        this.agentName = e.childText("agentName");
        this.host = MoRef.child(e, "host");
        this.hostName = e.childText("hostName");
    }

    public MoRef agent() {
        return agent;
    }

    public String agentName() {
        return agentName;
    }

    public MoRef host() {
        return host;
    }

    public String hostName() {
        return hostName;
    }
}
