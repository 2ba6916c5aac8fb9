package io.gioperator.simulator.eam;

import io.gioperator.simulator.soap.ApiVersions;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.util.Map;

/**
 * Fields newer than the API version a request announced in its SOAPAction: real VMODL servers deserialize a
 * request with the type model of that version and refuse elements it does not know (InvalidRequest), so a client
 * that sends 8.2 fields under {@code urn:eam/7.0} fails instead of having them silently honoured.
 */
final class EamVersionGate {
    /** "Type.field" to the EAM version that introduced the field. */
    private static final Map<String, String> SINCE = Map.of(
            "AgentConfigInfo.ovfSslTrust", "8.2",
            "AgentConfigInfo.vibSslTrust", "8.2",
            "AgentConfigInfo.vmResourceConfiguration", "8.3");

    private EamVersionGate() {
    }

    /** Throws InvalidRequest for the first field the requested version does not know; empty version = newest. */
    static void check(String method, V.Obj params, String requestedVersion) throws SoapFault {
        if (requestedVersion == null || requestedVersion.isEmpty()) {
            return;
        }
        walk(method, params, requestedVersion.replace('_', '.'));
    }

    private static void walk(String method, V v, String requested) throws SoapFault {
        if (v instanceof V.Obj o) {
            for (V.Field f : o.fields()) {
                String since = SINCE.get(o.type() + "." + f.name());
                if (since != null && ApiVersions.compare(requested, since) < 0) {
                    throw Faults.invalidRequest("Unexpected element tag \"" + f.name() + "\" seen while parsing "
                            + "serialized DataObject of type " + o.type() + " (since eam " + since
                            + ", request is eam " + requested + ")\n\nwhile parsing call information for method "
                            + method + "\n\nwhile parsing SOAP body");
                }
                walk(method, f.value(), requested);
            }
        } else if (v instanceof V.Arr a) {
            for (V item : a.items()) {
                walk(method, item, requested);
            }
        } else if (v instanceof V.Any any) {
            walk(method, any.value(), requested);
        }
    }
}
