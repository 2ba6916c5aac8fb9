package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM CertificateNotTrusted: EAM does not trust the certificate of the OVF/VIB URL (8.2). */
public class CertificateNotTrusted extends AgentIssue {

    private final String url;

    public CertificateNotTrusted(XmlElement e, String wireType) {
        super(e, wireType);
        this.url = e.childText("url");
    }

    public String url() {
        return url;
    }
}
