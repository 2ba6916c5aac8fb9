package io.gioperator.vsphere.soap;

/** The server's answer is not what the wire contract says: malformed XML, a DOCTYPE, an unexpected element, too large. */
public class VSphereProtocolException extends VSphereException {

    public VSphereProtocolException(String message) {
        super(message);
    }

    public VSphereProtocolException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String outcome() {
        return "protocol";
    }
}
