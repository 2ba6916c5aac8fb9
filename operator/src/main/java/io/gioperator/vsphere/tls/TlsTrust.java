package io.gioperator.vsphere.tls;

import java.util.Objects;

/**
 * How the client decides to trust a server's certificate. Verified by default (JVM trust store or a PEM CA
 * bundle, with hostname verification); or pinned to the leaf certificate's SHA-256 thumbprint (checked during the
 * handshake, before any byte of a request is sent; no hostname check, the pin is stronger); or, only by explicit
 * opt-in, not verified at all.
 */
public sealed interface TlsTrust {

    /** Whether the server's host name must match its certificate. */
    boolean verifiesHostname();

    /** The JVM's default trust store. */
    record SystemDefault() implements TlsTrust {
        @Override
        public boolean verifiesHostname() {
            return true;
        }
    }

    /** One or more PEM certificates (a CA bundle) as the only trust anchors. */
    record CaBundle(String pem) implements TlsTrust {
        public CaBundle {
            Objects.requireNonNull(pem, "pem");
        }

        @Override
        public boolean verifiesHostname() {
            return true;
        }

        @Override
        public String toString() {
            return "CaBundle[" + pem.length() + " chars]";
        }
    }

    /** The server certificate's SHA-256 thumbprint, colon-separated hex (case and colons are not significant). */
    record PinnedThumbprint(String sha256) implements TlsTrust {
        public PinnedThumbprint {
            sha256 = Thumbprints.normalize(sha256);
        }

        @Override
        public boolean verifiesHostname() {
            return false;
        }
    }

    /** No verification at all. Only for labs; the client logs a warning once per vCenter. */
    record Insecure() implements TlsTrust {
        @Override
        public boolean verifiesHostname() {
            return false;
        }
    }

    static TlsTrust systemDefault() {
        return new SystemDefault();
    }

    static TlsTrust caBundle(String pem) {
        return new CaBundle(pem);
    }

    static TlsTrust pinned(String sha256) {
        return new PinnedThumbprint(sha256);
    }

    static TlsTrust insecure() {
        return new Insecure();
    }
}
