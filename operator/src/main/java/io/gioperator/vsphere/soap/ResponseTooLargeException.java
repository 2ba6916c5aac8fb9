package io.gioperator.vsphere.soap;

/** The response body exceeded the configured bound; the client stopped reading it. */
public class ResponseTooLargeException extends VSphereProtocolException {

    public ResponseTooLargeException(long limitBytes) {
        super("response larger than the configured bound of " + limitBytes + " bytes");
    }
}
