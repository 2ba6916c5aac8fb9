package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlWriter;

/** EAM AgencyVMResourcePool: the resource pool for agent VMs of one compute resource. */
public record AgencyVmResourcePool(MoRef resourcePoolId, MoRef computeResourceId) {

    public static AgencyVmResourcePool from(XmlElement e) {
        return new AgencyVmResourcePool(MoRef.child(e, "resourcePoolId"), MoRef.child(e, "computeResourceId"));
    }

    public void write(XmlWriter w, String name) {
        w.start(name);
        resourcePoolId.write(w, "resourcePoolId");
        computeResourceId.write(w, "computeResourceId");
        w.end();
    }
}
