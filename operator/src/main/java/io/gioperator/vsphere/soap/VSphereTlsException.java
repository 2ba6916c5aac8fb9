package io.gioperator.vsphere.soap;

/**
 * The TLS handshake failed: untrusted certificate, pinned thumbprint mismatch, hostname mismatch. Not transient:
 * retrying does not change the certificate. Nothing (no credentials) was sent to the server.
 */
public class VSphereTlsException extends VSphereException {

    public VSphereTlsException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String outcome() {
        return "tls";
    }
}
