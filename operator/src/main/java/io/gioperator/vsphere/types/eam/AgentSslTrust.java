package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlFormatException;
import io.gioperator.vsphere.xml.XmlWriter;

/**
 * EAM AgentSslTrust (8.2+, vSphere 8.0U2): how EAM trusts the HTTPS server it downloads the OVF or the VIB bundle
 * from. Abstract on the wire, so always written with {@code xsi:type}. Unset in AgentConfigInfo means "Photon OS
 * roots plus the VECS TRUSTED_ROOTS store".
 */
public sealed interface AgentSslTrust permits AgentSslTrust.AnyCertificate, AgentSslTrust.PinnedPemCertificate {

    /** The EAM API version that introduced these types: a request carrying one needs this SOAPAction. */
    String SINCE_VERSION = "8.2";

    String wireType();

    void write(XmlWriter w, String name);

    /** AgentAnyCertificate: no verification at all. */
    record AnyCertificate() implements AgentSslTrust {
        @Override
        public String wireType() {
            return "AgentAnyCertificate";
        }

        @Override
        public void write(XmlWriter w, String name) {
            w.startTyped(name, wireType()).end();
        }
    }

    /** AgentPinnedPemCertificate: trust exactly this PEM certificate of the server. */
    record PinnedPemCertificate(String sslCertificate) implements AgentSslTrust {
        public PinnedPemCertificate {
            if (sslCertificate == null || sslCertificate.isBlank()) {
                throw new IllegalArgumentException("a pinned certificate needs its PEM text");
            }
        }

        @Override
        public String wireType() {
            return "AgentPinnedPemCertificate";
        }

        @Override
        public void write(XmlWriter w, String name) {
            w.startTyped(name, wireType()).element("sslCertificate", sslCertificate).end();
        }

        @Override
        public String toString() {
            return "PinnedPemCertificate[" + sslCertificate.length() + " chars]";
        }
    }

    static AgentSslTrust anyCertificate() {
        return new AnyCertificate();
    }

    static AgentSslTrust pinned(String pem) {
        return new PinnedPemCertificate(pem);
    }

    /** Reads a trust element; null when absent. A server without xsi:type is read by its fields. */
    static AgentSslTrust from(XmlElement e) {
        if (e == null) {
            return null;
        }
        String type = e.xsiType();
        if ("AgentPinnedPemCertificate".equals(type) || (type == null && e.has("sslCertificate"))) {
            return new PinnedPemCertificate(e.childText("sslCertificate"));
        }
        if ("AgentAnyCertificate".equals(type) || type == null) {
            return new AnyCertificate();
        }
        throw new XmlFormatException("unknown AgentSslTrust subtype " + type + " in <" + e.name() + ">");
    }
}
