package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM NoCustomAgentVmNetwork: The host sees none of the agency's networks. */
public class NoCustomAgentVmNetwork extends NoAgentVmNetwork {

    private final List<MoRef> customAgentVmNetwork;
    private final List<String> customAgentVmNetworkName;

    public NoCustomAgentVmNetwork(XmlElement e, String wireType) {
        super(e, wireType);
        this.customAgentVmNetwork = MoRef.children(e, "customAgentVmNetwork");
        this.customAgentVmNetworkName = e.childTexts("customAgentVmNetworkName");
    }

    public List<MoRef> customAgentVmNetwork() {
        return customAgentVmNetwork;
    }

    public List<String> customAgentVmNetworkName() {
        return customAgentVmNetworkName;
    }
}
