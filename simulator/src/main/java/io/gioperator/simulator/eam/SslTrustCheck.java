package io.gioperator.simulator.eam;

import io.gioperator.simulator.soap.V;

/**
 * Whether EAM trusts the HTTPS server of an OVF/VIB URL: servers with a publicly/VECS-trusted certificate always;
 * a private-CA server only under AgentAnyCertificate or an AgentPinnedPemCertificate equal to its certificate.
 */
final class SslTrustCheck {
    private SslTrustCheck() {
    }

    /**
     * @param privateServerPem the server's private certificate (PEM), null when the default trust store covers it
     * @param trust the AgentConfigInfo's ovfSslTrust/vibSslTrust, null when unset
     */
    static boolean trusted(String privateServerPem, V.Obj trust) {
        if (privateServerPem == null) {
            return true;
        }
        if (trust == null) {
            return false;
        }
        return switch (trust.type()) {
            case "AgentAnyCertificate" -> true;
            case "AgentPinnedPemCertificate" -> samePem(privateServerPem, trust.str("sslCertificate"));
            default -> false;
        };
    }

    /** PEMs compared without line breaks and surrounding blanks (clients re-wrap lines freely). */
    static boolean samePem(String a, String b) {
        return b != null && a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
    }
}
