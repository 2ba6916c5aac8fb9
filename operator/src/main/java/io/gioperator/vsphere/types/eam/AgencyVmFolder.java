package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlWriter;

/** EAM AgencyVMFolder: the VM folder for agent VMs in one datacenter. */
public record AgencyVmFolder(MoRef folderId, MoRef datacenterId) {

    public static AgencyVmFolder from(XmlElement e) {
        return new AgencyVmFolder(MoRef.child(e, "folderId"), MoRef.child(e, "datacenterId"));
    }

    public void write(XmlWriter w, String name) {
        w.start(name);
        folderId.write(w, "folderId");
        datacenterId.write(w, "datacenterId");
        w.end();
    }
}
