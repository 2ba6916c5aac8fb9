package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM MissingDvFilterSwitch: The dvFilter switch is missing (deprecated). */
public class MissingDvFilterSwitch extends AgentIssue {

    public MissingDvFilterSwitch(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
