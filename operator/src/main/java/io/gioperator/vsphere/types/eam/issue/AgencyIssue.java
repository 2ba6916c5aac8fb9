package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM AgencyIssue: An issue of a whole agency (parent of agent issues). */
public class AgencyIssue extends Issue {

    private final MoRef agency;
    private final String agencyName;
    private final String solutionId;
    private final String solutionName;

    public AgencyIssue(XmlElement e, String wireType) {
        super(e, wireType);
        this.agency = MoRef.child(e, "agency");
        this.agencyName = e.childText("agencyName");
        this.solutionId = e.childText("solutionId");
        this.solutionName = e.childText("solutionName");
    }

    public MoRef agency() {
        return agency;
    }

    public String agencyName() {
        return agencyName;
    }

    public String solutionId() {
        return solutionId;
    }

    public String solutionName() {
        return solutionName;
    }
}
