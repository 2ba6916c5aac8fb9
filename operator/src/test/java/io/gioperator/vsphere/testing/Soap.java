package io.gioperator.vsphere.testing;

import mockwebserver3.MockResponse;

/** Response bodies in the shape vCenter sends them (envelope with soapenc/soapenv/xsd/xsi bound on the root). */
public final class Soap {

    public static final String ENVELOPE_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"
             xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
             xmlns:xsd="http://www.w3.org/2001/XMLSchema"
             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <soapenv:Body>
            """;
    public static final String ENVELOPE_END = "\n</soapenv:Body>\n</soapenv:Envelope>";

    private Soap() {
    }

    /** {@code <MethodResponse xmlns="ns">inner</MethodResponse>} in an envelope. */
    public static String body(String method, String namespace, String inner) {
        return ENVELOPE_START + "<" + method + "Response xmlns=\"" + namespace + "\">" + inner + "</" + method
                + "Response>" + ENVELOPE_END;
    }

    public static MockResponse vim(String method, String inner) {
        return ok(body(method, "urn:vim25", inner));
    }

    public static MockResponse eam(String method, String inner) {
        return ok(body(method, "urn:eam", inner));
    }

    public static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/xml; charset=utf-8")
                .body(body).build();
    }

    /** A SOAP fault (HTTP 500) whose detail element is {@code <TypeFault xmlns="ns" xsi:type="Type">inner</...>}. */
    public static MockResponse fault(String type, String namespace, String faultString, String inner) {
        String detail = "<" + type + "Fault xmlns=\"" + namespace + "\" xsi:type=\"" + type + "\">" + inner + "</"
                + type + "Fault>";
        return new MockResponse.Builder().code(500).addHeader("Content-Type", "text/xml; charset=utf-8")
                .body(ENVELOPE_START + "<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>"
                        + faultString + "</faultstring><detail>" + detail + "</detail></soapenv:Fault>"
                        + ENVELOPE_END).build();
    }

    public static MockResponse vimFault(String type, String faultString, String inner) {
        return fault(type, "urn:vim25", faultString, inner);
    }

    public static MockResponse notAuthenticated() {
        return vimFault("NotAuthenticated", "The session is not authenticated.",
                "<object type=\"Folder\">group-d1</object><privilegeId>System.View</privilegeId>");
    }

    public static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    /** A task reference as returned by the *_Task methods. */
    public static MockResponse task(String method, String taskId) {
        return vim(method, "<returnval type=\"Task\">" + taskId + "</returnval>");
    }
}
