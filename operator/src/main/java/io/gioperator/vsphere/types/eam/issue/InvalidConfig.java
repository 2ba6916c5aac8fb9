package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM InvalidConfig: The VM's configuration blocks power-on or reconfiguration. Passive. */
public class InvalidConfig extends VmIssue {

    private final XmlElement error;

    public InvalidConfig(XmlElement e, String wireType) {
        super(e, wireType);
        this.error = e.child("error");
    }

    public XmlElement error() {
        return error;
    }
}
