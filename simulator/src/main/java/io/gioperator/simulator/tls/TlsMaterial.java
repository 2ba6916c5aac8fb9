package io.gioperator.simulator.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed server certificate (ECDSA P-256: generated in milliseconds, which keeps test start-up cheap)
 * generated at every start (SAN 127.0.0.1, localhost and any configured names),
 * with the SSLContext serving it, its PEM and its SHA-256 thumbprint in vCenter's colon-separated form.
 */
public final class TlsMaterial {
    private final SSLContext sslContext;
    private final X509Certificate certificate;
    private final String pem;
    private final String thumbprint;

    private TlsMaterial(SSLContext sslContext, X509Certificate certificate, String pem, String thumbprint) {
        this.sslContext = sslContext;
        this.certificate = certificate;
        this.pem = pem;
        this.thumbprint = thumbprint;
    }

    public static TlsMaterial generate(List<String> extraNames) {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
            kpg.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair kp = kpg.generateKeyPair();
            X500Name subject = new X500Name("CN=gi-simulator,O=gi-operator simulator");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, random)
                    .abs().add(BigInteger.ONE), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(825))), subject, kp.getPublic());
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names(extraNames)));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature
                    | KeyUsage.keyCertSign));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
            byte[] pw = new byte[16];
            random.nextBytes(pw);
            char[] storePassword = HexFormat.of().formatHex(pw).toCharArray();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("simulator", kp.getPrivate(), storePassword, new Certificate[] {cert});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, storePassword);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, random);
            return new TlsMaterial(ctx, cert, toPem(cert), thumbprint(cert));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot generate the simulator's certificate", e);
        }
    }

    private static GeneralName[] names(List<String> extra) {
        Set<String> all = new LinkedHashSet<>(List.of("127.0.0.1", "localhost"));
        all.addAll(extra);
        List<GeneralName> out = new ArrayList<>();
        for (String n : all) {
            out.add(new GeneralName(isIp(n) ? GeneralName.iPAddress : GeneralName.dNSName, n));
        }
        return out.toArray(GeneralName[]::new);
    }

    private static boolean isIp(String n) {
        if (n.matches("[0-9.]+") || n.contains(":")) {
            try {
                InetAddress.getByName(n);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private static String toPem(X509Certificate cert) throws IOException {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(cert);
        }
        return sw.toString();
    }

    static String thumbprint(X509Certificate cert) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    public SSLContext sslContext() {
        return sslContext;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String pem() {
        return pem;
    }

    /** SHA-256 of the DER certificate, upper-case hex pairs separated by colons. */
    public String thumbprint() {
        return thumbprint;
    }
}
