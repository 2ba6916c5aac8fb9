package io.gioperator.simulator.soap;

import java.util.ArrayList;
import java.util.List;

/** The faults the simulator raises, with the faultstrings and detail fields vCenter and EAM use. */
public final class Faults {
    private Faults() {
    }

    private static V.Field f(String name, String text) {
        return new V.Field(name, new V.Text(null, text));
    }

    private static V.Field f(String name, V value) {
        return new V.Field(name, value);
    }

    public static SoapFault invalidRequest(String message) {
        return new SoapFault("InvalidRequest", message);
    }

    public static SoapFault notAuthenticated(V.Ref object) {
        List<V.Field> fields = new ArrayList<>();
        if (object != null) {
            fields.add(f("object", object));
        }
        fields.add(f("privilegeId", "System.View"));
        return new SoapFault("NotAuthenticated", "The session is not authenticated.", fields);
    }

    public static SoapFault invalidLogin() {
        return new SoapFault("InvalidLogin", "Cannot complete login due to an incorrect user name or password.");
    }

    public static SoapFault managedObjectNotFound(V.Ref ref) {
        return new SoapFault("ManagedObjectNotFound", "The object 'vim." + ref.type() + ":" + ref.value()
                + "' has already been deleted or has not been completely created", List.of(f("obj", ref)));
    }

    public static SoapFault invalidArgument(String property) {
        return new SoapFault("InvalidArgument", "A specified parameter was not correct: " + property,
                List.of(f("invalidProperty", property)));
    }

    public static SoapFault methodNotFound(V.Ref receiver, String method) {
        return new SoapFault("MethodNotFound", "The requested method " + method + " is not supported by "
                + receiver.type() + " " + receiver.value(), List.of(f("receiver", receiver), f("method", method)));
    }

    public static SoapFault invalidState(String message) {
        return new SoapFault("InvalidState", message == null
                ? "The operation is not allowed in the current state." : message);
    }

    public static SoapFault invalidPowerState(String requested, String existing) {
        String label = existing.equals("poweredOn") ? "Powered on" : existing.equals("poweredOff")
                ? "Powered off" : "Suspended";
        List<V.Field> fields = new ArrayList<>();
        if (requested != null) {
            fields.add(f("requestedState", requested));
        }
        fields.add(f("existingState", existing));
        return new SoapFault("InvalidPowerState",
                "The attempted operation cannot be performed in the current state (" + label + ").", fields);
    }

    public static SoapFault invalidHostState(V.Ref host, String why) {
        return new SoapFault("InvalidHostState", "The operation is not allowed in the current state of the host: "
                + why, List.of(f("host", host)));
    }

    public static SoapFault hostNotConnected() {
        return new SoapFault("HostNotConnected",
                "Unable to communicate with the remote host, since it is disconnected.");
    }

    public static SoapFault requestCanceled() {
        return new SoapFault("RequestCanceled", "The task was canceled by a user.");
    }

    public static SoapFault systemError(String reason) {
        return new SoapFault("SystemError", "A general system error occurred: " + reason,
                List.of(f("reason", reason)));
    }

    public static SoapFault invalidProperty(String name) {
        return new SoapFault("InvalidProperty", "A specified property path was not valid: " + name,
                List.of(f("name", name)));
    }

    public static SoapFault invalidType(String argument) {
        return new SoapFault("InvalidType", "The type \"" + argument + "\" is not a valid managed object type",
                List.of(f("argument", argument)));
    }

    public static SoapFault notFound(String what) {
        return new SoapFault("NotFound", "The object or item referred to could not be found: " + what);
    }

    public static SoapFault fileNotFound(String file) {
        return new SoapFault("FileNotFound", "File " + file + " was not found", List.of(f("file", file)));
    }

    public static SoapFault timedOut() {
        return new SoapFault("Timedout", "Operation timed out.");
    }

    public static SoapFault notSupported(String what) {
        return new SoapFault("NotSupported", "The operation is not supported on the object: " + what);
    }

    /** Builds a fault by name for fault injection; the faults with required fields get plausible values. */
    public static SoapFault named(String type) {
        return switch (type) {
            case "SystemError" -> systemError("injected fault");
            case "NotAuthenticated" -> notAuthenticated(null);
            case "InvalidState" -> invalidState(null);
            case "HostNotConnected" -> hostNotConnected();
            case "Timedout" -> timedOut();
            case "EamServiceNotInitialized" -> Eam.serviceNotInitialized();
            case "EamInvalidLogin" -> Eam.invalidLogin();
            case "EamSystemFault" -> new SoapFault("EamSystemFault", "An internal EAM error occurred (injected)");
            case "NoConnectionToVCenter" -> new SoapFault("NoConnectionToVCenter",
                    "EAM has no connection to vCenter (injected)");
            default -> new SoapFault(type, type + " (injected)");
        };
    }

    /** EAM-specific faults. */
    public static final class Eam {
        private Eam() {
        }

        public static SoapFault invalidLogin() {
            return new SoapFault("EamInvalidLogin",
                    "Cannot authenticate the caller: no valid vCenter session cookie was presented.");
        }

        public static SoapFault serviceNotInitialized() {
            return new SoapFault("EamServiceNotInitialized",
                    "EAM is still loading from database. Please try again later.");
        }

        public static SoapFault invalidAgencyScope(List<V.Ref> unknown) {
            List<V.Field> fields = unknown.stream().map(r -> f("unknownComputeResource", r)).toList();
            return new SoapFault("InvalidAgencyScope", "The agency scope contains unknown compute resources: "
                    + unknown, fields);
        }

        public static SoapFault invalidAgentConfiguration(String field) {
            return new SoapFault("InvalidAgentConfiguration", "The agent configuration is invalid: " + field,
                    List.of(f("invalidField", field)));
        }

        public static SoapFault invalidUrl(String url) {
            return new SoapFault("InvalidUrl", "The URL " + url + " is malformed", List.of(f("url", url),
                    f("malformedUrl", "true"), f("unknownHost", "false"), f("connectionRefused", "false")));
        }

        /** EAM 8.2: the OVF/VIB server's certificate is not trusted by the agent config's ovfSslTrust/vibSslTrust. */
        public static SoapFault certificateNotTrusted(String url) {
            return new SoapFault("CertificateNotTrustedFault", "vSphere ESX Agent Manager is not able to make a "
                    + "successful SSL trust verification of the server's certificate for URL " + url,
                    List.of(f("url", url)));
        }

        public static SoapFault invalidState(String message) {
            return new SoapFault("EamInvalidState", message);
        }
    }
}
