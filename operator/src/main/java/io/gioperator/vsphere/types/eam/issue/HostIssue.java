package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM HostIssue: An issue of a host, outside any agency. */
public class HostIssue extends Issue {

    private final MoRef host;

    public HostIssue(XmlElement e, String wireType) {
        super(e, wireType);
        this.host = MoRef.child(e, "host");
    }

    public MoRef host() {
        return host;
    }
}
