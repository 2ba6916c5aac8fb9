package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM CannotAccessAgentOVF: EAM could not download the agent OVF. Resolve retries the download. */
public class CannotAccessAgentOVF extends VmNotDeployed {

    private final String downloadUrl;

    public CannotAccessAgentOVF(XmlElement e, String wireType) {
        super(e, wireType);
        this.downloadUrl = e.childText("downloadUrl");
    }

    public String downloadUrl() {
        return downloadUrl;
    }
}
