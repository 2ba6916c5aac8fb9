package io.gioperator.vsphere.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 certificate thumbprints in the form vCenter shows them: {@code AB:CD:...} (32 bytes). */
public final class Thumbprints {

    private Thumbprints() {
    }

    /** Upper-case, colon-separated; accepts any case and colons or not. Rejects anything but 32 hex bytes. */
    public static String normalize(String thumbprint) {
        if (thumbprint == null) {
            throw new IllegalArgumentException("thumbprint is required");
        }
        String hex = thumbprint.trim().replace(":", "").toUpperCase(Locale.ROOT);
        if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("not a SHA-256 thumbprint (expected 32 hex bytes, colon-separated)");
        }
        StringBuilder out = new StringBuilder(95);
        for (int i = 0; i < 64; i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }

    /** The SHA-256 thumbprint of a certificate's DER encoding. */
    public static String of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return normalize(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot compute a certificate thumbprint", e);
        }
    }
}
