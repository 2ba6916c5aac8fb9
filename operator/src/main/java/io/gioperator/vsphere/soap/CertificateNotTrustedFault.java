package io.gioperator.vsphere.soap;

/** EAM CertificateNotTrustedFault (8.2+): EAM does not trust the TLS certificate of an OVF/VIB URL. */
public class CertificateNotTrustedFault extends VSphereFault {

    private final String url;

    public CertificateNotTrustedFault(String faultType, String serverMessage, String url) {
        super(faultType, serverMessage);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
