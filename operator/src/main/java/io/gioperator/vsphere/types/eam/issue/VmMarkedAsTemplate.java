package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmMarkedAsTemplate: The agent VM was converted to a template. */
public class VmMarkedAsTemplate extends VmIssue {

    public VmMarkedAsTemplate(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
