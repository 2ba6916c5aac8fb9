package io.gioperator.vsphere.soap;

/**
 * A fault the server declared: a SOAP fault (HTTP 500) or the error of a failed task. Keeps the wire fault type
 * (e.g. "InvalidRequest") and the server's message (faultstring or localized message). Known types are raised as
 * the subclasses in this package; anything else arrives as a plain {@code VSphereFault}.
 */
public class VSphereFault extends VSphereException {

    private final String faultType;
    private final String serverMessage;

    public VSphereFault(String faultType, String serverMessage) {
        super(describe(faultType, serverMessage));
        this.faultType = faultType == null || faultType.isBlank() ? "UnknownFault" : faultType;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
    }

    private static String describe(String faultType, String serverMessage) {
        String type = faultType == null || faultType.isBlank() ? "UnknownFault" : faultType;
        return serverMessage == null || serverMessage.isBlank() ? type : type + ": " + serverMessage;
    }

    /** The fault's wire type name as the server sent it (xsi:type or element name without the "Fault" suffix). */
    public String faultType() {
        return faultType;
    }

    /** The server's own words: the SOAP faultstring, or a task error's localizedMessage. */
    public String serverMessage() {
        return serverMessage;
    }

    @Override
    public String outcome() {
        return faultType;
    }
}
