package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM HostInPartialMaintenanceMode: Partial maintenance mode blocks a VM operation (8.3). */
public class HostInPartialMaintenanceMode extends AgentIssue {

    private final MoRef vm;

    public HostInPartialMaintenanceMode(XmlElement e, String wireType) {
        super(e, wireType);
        this.vm = MoRef.child(e, "vm");
    }

    public MoRef vm() {
        return vm;
    }
}
