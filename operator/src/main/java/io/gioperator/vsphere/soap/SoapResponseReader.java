package io.gioperator.vsphere.soap;

import io.gioperator.vsphere.xml.SafeXmlReader;
import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlFormatException;

/** Reads a SOAP 1.1 response envelope: returns the {@code <MethodResponse>} element or throws the mapped fault. */
final class SoapResponseReader {

    private SoapResponseReader() {
    }

    static XmlElement read(byte[] body, String method) {
        XmlElement envelope;
        try {
            envelope = SafeXmlReader.parse(body);
        } catch (XmlFormatException e) {
            throw new VSphereProtocolException(method + ": " + e.getMessage(), e);
        }
        if (!"Envelope".equals(envelope.name()) || !SoapEnvelopeWriter.SOAP_ENV_NS.equals(envelope.namespace())) {
            throw new VSphereProtocolException(method + ": response is not a SOAP 1.1 envelope but <"
                    + envelope.name() + ">");
        }
        XmlElement soapBody = envelope.child("Body");
        if (soapBody == null || soapBody.firstChild() == null) {
            throw new VSphereProtocolException(method + ": SOAP envelope without a body element");
        }
        XmlElement payload = soapBody.firstChild();
        if ("Fault".equals(payload.name()) && SoapEnvelopeWriter.SOAP_ENV_NS.equals(payload.namespace())) {
            throw fault(payload);
        }
        if (!payload.name().equals(method + "Response")) {
            throw new VSphereProtocolException(method + ": expected <" + method + "Response> but got <"
                    + payload.name() + ">");
        }
        return payload;
    }

    /** True when the body is a SOAP envelope carrying a Fault (used for non-200 statuses). */
    static boolean isFaultEnvelope(byte[] body) {
        try {
            XmlElement envelope = SafeXmlReader.parse(body);
            XmlElement soapBody = envelope.child("Body");
            return soapBody != null && soapBody.firstChild() != null && "Fault".equals(soapBody.firstChild().name());
        } catch (XmlFormatException e) {
            return false;
        }
    }

    private static VSphereFault fault(XmlElement fault) {
        String faultString = fault.childText("faultstring");
        XmlElement detail = fault.child("detail");
        XmlElement detailFault = detail == null ? null : detail.firstChild();
        String type = FaultMapper.faultType(detailFault);
        if (type == null) {
            type = fault.childText("faultcode");
        }
        try {
            return FaultMapper.map(type, faultString == null ? "" : faultString.trim(), detailFault);
        } catch (XmlFormatException e) {
            return new VSphereFault(type, faultString);
        }
    }
}
