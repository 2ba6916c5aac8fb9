package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM CannotAccessAgentVib: EAM could not download the VIB bundle. Resolve retries. */
public class CannotAccessAgentVib extends VibNotInstalled {

    private final String downloadUrl;

    public CannotAccessAgentVib(XmlElement e, String wireType) {
        super(e, wireType);
        this.downloadUrl = e.childText("downloadUrl");
    }

    public String downloadUrl() {
        return downloadUrl;
    }
}
