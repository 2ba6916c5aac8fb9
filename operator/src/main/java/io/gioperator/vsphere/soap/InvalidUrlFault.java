package io.gioperator.vsphere.soap;

/** EAM InvalidUrl: EAM could not use an OVF or VIB URL (malformed, unknown host, refused, or an HTTP error). */
public class InvalidUrlFault extends VSphereFault {

    private final String url;
    private final boolean malformedUrl;
    private final boolean unknownHost;
    private final boolean connectionRefused;
    private final Integer responseCode;

    public InvalidUrlFault(String faultType, String serverMessage, String url, boolean malformedUrl,
                           boolean unknownHost, boolean connectionRefused, Integer responseCode) {
        super(faultType, serverMessage);
        this.url = url;
        this.malformedUrl = malformedUrl;
        this.unknownHost = unknownHost;
        this.connectionRefused = connectionRefused;
        this.responseCode = responseCode;
    }

    public String url() {
        return url;
    }

    public boolean malformedUrl() {
        return malformedUrl;
    }

    public boolean unknownHost() {
        return unknownHost;
    }

    public boolean connectionRefused() {
        return connectionRefused;
    }

    /** The HTTP status EAM got from the URL, when it got one. */
    public Integer responseCode() {
        return responseCode;
    }
}
