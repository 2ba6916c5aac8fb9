package io.gioperator.simulator.eam;

import io.gioperator.simulator.depot.Catalogue;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
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

    /**
     * CreateAgency/Update with {@link Catalogue#trustVerifiedOnConfigure()} on: the first reachable OVF or VIB URL
     * whose server the agent config does not trust faults the call, and nothing is created or changed.
     */
    static void checkOnConfigure(Catalogue catalogue, V.Obj config) throws SoapFault {
        if (!catalogue.trustVerifiedOnConfigure()) {
            return;
        }
        for (V.Obj ac : config.objs("agentConfig")) {
            check(catalogue, ac.str("ovfPackageUrl"), ac.obj("ovfSslTrust"));
            check(catalogue, ac.str("vibUrl"), ac.obj("vibSslTrust"));
        }
    }

    private static void check(Catalogue catalogue, String url, V.Obj trust) throws SoapFault {
        // an unreachable server presents no certificate: that is the download's problem, found later
        if (url != null && catalogue.isReachable(url) && !trusted(catalogue.privateCertificate(url), trust)) {
            throw Faults.Eam.certificateNotTrusted(url);
        }
    }

    /** PEMs compared without line breaks and surrounding blanks (clients re-wrap lines freely). */
    static boolean samePem(String a, String b) {
        return b != null && a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
    }
}
