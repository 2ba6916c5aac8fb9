package io.gioperator.vsphere.session;

import io.gioperator.vsphere.tls.TlsTrust;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A vCenter to talk to: its base URL ({@code https://host[:port]}, no path, no user info), the credentials and
 * how to trust its certificate. {@link #toString()} never shows the password.
 */
public record VCenterTarget(URI url, String username, String password, TlsTrust trust) {

    public VCenterTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(trust, "trust");
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("vCenter URL must be https://host[:port]");
        }
        if (url.getUserInfo() != null) {
            throw new IllegalArgumentException("vCenter URL must not carry credentials");
        }
        url = normalize(url);
    }

    /** {@code https://host[:port]} with the host in lower case and the default port 443 left out. */
    public static URI normalize(URI url) {
        int port = url.getPort() == 443 ? -1 : url.getPort();
        return URI.create("https://" + url.getHost().toLowerCase(Locale.ROOT) + (port > 0 ? ":" + port : ""));
    }

    /** The vCenter's host name: the label for metrics and logs. */
    public String host() {
        return url.getHost();
    }

    /**
     * The key of the shared session: URL, user, a hash of the password (the password itself is not kept there) and
     * the TLS trust, so that a changed CA bundle or thumbprint is verified on a new connection at once instead of
     * riding on a session opened under the old trust.
     */
    public SessionKey sessionKey() {
        return new SessionKey(url, username, sha256(password), trust);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "VCenterTarget[url=" + url + ", username=" + username + ", password=***, trust=" + trust + "]";
    }

    /** Identifies one shared session. */
    public record SessionKey(URI url, String username, String passwordHash, TlsTrust trust) {

        @Override
        public String toString() {
            return username + "@" + url.getHost();
        }
    }
}
