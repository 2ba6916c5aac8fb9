package io.gioperator.vsphere.tls;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds {@code java.net.http} clients that trust servers as a {@link TlsTrust} says. */
public final class TlsHttpClients {

    private static final Logger LOG = LoggerFactory.getLogger(TlsHttpClients.class);
    private static final Set<String> WARNED_INSECURE = ConcurrentHashMap.newKeySet();

    private TlsHttpClients() {
    }

    /**
     * An HTTP/1.1 client with the given trust and connect timeout. {@code serverName} (a host name, never a URL
     * with credentials) only labels the one-time warning for insecure mode.
     */
    public static HttpClient create(TlsTrust trust, Duration connectTimeout, String serverName) {
        if (trust instanceof TlsTrust.Insecure && WARNED_INSECURE.add(serverName)) {
            LOG.warn("TLS verification is DISABLED for {} (explicit insecure opt-in): the server is not authenticated",
                    serverName);
        }
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .sslContext(sslContext(trust))
                .build();
    }

    /** The SSL context for a trust choice; hostname verification is decided by the trust manager kind. */
    public static SSLContext sslContext(TlsTrust trust) {
        try {
            if (trust instanceof TlsTrust.SystemDefault) {
                return SSLContext.getDefault();
            }
            TrustManager manager;
            if (trust instanceof TlsTrust.CaBundle bundle) {
                manager = caBundleTrustManager(bundle.pem());
            } else if (trust instanceof TlsTrust.PinnedThumbprint pin) {
                manager = new PinnedTrustManager(pin.sha256());
            } else {
                manager = new PinnedTrustManager(null);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {manager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    private static TrustManager caBundleTrustManager(String pem) throws GeneralSecurityException {
        Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("the CA bundle holds no PEM certificate");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create an empty key store", e);
        }
        int index = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("ca-" + index++, certificate);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers()[0];
    }
}
