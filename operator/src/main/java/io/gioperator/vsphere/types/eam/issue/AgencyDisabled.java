package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM AgencyDisabled: A cluster in the agency's scope is disabled (7.6). */
public class AgencyDisabled extends AgencyIssue {

    public AgencyDisabled(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
