package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM NoCustomAgentVmDatastore: The host sees none of the agency's datastores. */
public class NoCustomAgentVmDatastore extends NoAgentVmDatastore {

    private final List<MoRef> customAgentVmDatastore;
    private final List<String> customAgentVmDatastoreName;

    public NoCustomAgentVmDatastore(XmlElement e, String wireType) {
        super(e, wireType);
        this.customAgentVmDatastore = MoRef.children(e, "customAgentVmDatastore");
        this.customAgentVmDatastoreName = e.childTexts("customAgentVmDatastoreName");
    }

    public List<MoRef> customAgentVmDatastore() {
        return customAgentVmDatastore;
    }

    public List<String> customAgentVmDatastoreName() {
        return customAgentVmDatastoreName;
    }
}
