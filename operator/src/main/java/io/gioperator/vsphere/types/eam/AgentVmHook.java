package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM AgentVmHook: EAM waits for MarkAsAvailable for {@code vm} in state provisioned / poweredOn / prePowerOn. */
public record AgentVmHook(MoRef vm, String vmState) {

    public static AgentVmHook from(XmlElement e) {
        return new AgentVmHook(MoRef.child(e, "vm"), e.childText("vmState"));
    }
}
