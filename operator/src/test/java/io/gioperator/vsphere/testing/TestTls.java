package io.gioperator.vsphere.testing;

import io.gioperator.vsphere.tls.Thumbprints;
import io.gioperator.vsphere.tls.TlsTrust;
import javax.net.ssl.SSLSocketFactory;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/** Test certificates: a CA and a server certificate for "localhost" (not for 127.0.0.1) signed by it. */
public final class TestTls {

    public static final TestTls LOCALHOST = new TestTls();

    private final HeldCertificate ca;
    private final HeldCertificate server;
    private final HandshakeCertificates serverHandshake;

    private TestTls() {
        ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("gi-operator test CA").build();
        server = new HeldCertificate.Builder().signedBy(ca).commonName("localhost")
                .addSubjectAlternativeName("localhost").build();
        serverHandshake = new HandshakeCertificates.Builder().heldCertificate(server, ca.certificate()).build();
    }

    public SSLSocketFactory serverSocketFactory() {
        return serverHandshake.sslSocketFactory();
    }

    public String caPem() {
        return ca.certificatePem();
    }

    /** The server (leaf) certificate's SHA-256 thumbprint, as vCenter shows it. */
    public String serverThumbprint() {
        return Thumbprints.of(server.certificate());
    }

    public TlsTrust caTrust() {
        return TlsTrust.caBundle(caPem());
    }
}
