package io.gioperator.vsphere.soap;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/**
 * Turns a fault type name, the server's message and the fault's detail element into a typed exception. Used for
 * SOAP faults and for task errors alike. Matching is on the type's local name only: EAM faults may arrive in
 * the {@code urn:vim25} namespace, and the xsi prefix is whatever the server chose.
 */
public final class FaultMapper {

    private FaultMapper() {
    }

    /**
     * The wire type of a fault detail element: its xsi:type, else its element name minus one trailing "Fault"
     * (the WSDL wraps fault {@code X} in element {@code XFault}).
     */
    public static String faultType(XmlElement detail) {
        if (detail == null) {
            return null;
        }
        if (detail.xsiType() != null) {
            return detail.xsiType();
        }
        String name = detail.name();
        return name.endsWith("Fault") && name.length() > "Fault".length()
                ? name.substring(0, name.length() - "Fault".length())
                : name;
    }

    /** Maps a fault; {@code detail} may be null (then only the type and message are known). */
    public static VSphereFault map(String faultType, String message, XmlElement detail) {
        String type = faultType == null ? "" : faultType;
        XmlElement d = detail == null ? emptyDetail() : detail;
        return switch (type) {
            case "NotAuthenticated" -> new NotAuthenticatedFault(type, message);
            case "InvalidLogin" -> new InvalidLoginFault(type, message);
            case "EamInvalidLogin" -> new EamInvalidLoginFault(type, message);
            case "EamServiceNotInitialized" -> new EamServiceNotInitializedFault(type, message);
            case "ManagedObjectNotFound" -> new ManagedObjectNotFoundFault(type, message, MoRef.child(d, "obj"));
            case "InvalidArgument" -> new InvalidArgumentFault(type, message, d.childText("invalidProperty"));
            case "InvalidAgentConfiguration" ->
                    new InvalidAgentConfigurationFault(type, message, d.childText("invalidField"));
            case "InvalidAgencyScope" ->
                    new InvalidAgencyScopeFault(type, message, MoRef.children(d, "unknownComputeResource"));
            case "InvalidUrl" -> new InvalidUrlFault(type, message, d.childText("url"),
                    d.childBoolean("malformedUrl", false), d.childBoolean("unknownHost", false),
                    d.childBoolean("connectionRefused", false), d.childInt("responseCode"));
            case "CertificateNotTrustedFault", "CertificateNotTrusted" ->
                    new CertificateNotTrustedFault(type, message, d.childText("url"));
            case "NotAuthorized", "NoPermission" -> new NotAuthorizedFault(type, message);
            case "InvalidState", "EamInvalidState" -> new InvalidStateFault(type, message);
            case "InvalidPowerState" -> new InvalidPowerStateFault(type, message,
                    d.childText("requestedState"), d.childText("existingState"));
            default -> new VSphereFault(type, message);
        };
    }

    private static XmlElement emptyDetail() {
        return new XmlElement("", "detail", java.util.Map.of(), null, "", java.util.List.of());
    }
}
