package io.gioperator.partner;

import io.gioperator.vsphere.tls.TlsTrust;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the partner solution manager is and how to talk to it: base URL (https), bearer token, TLS trust (same
 * choices as for vCenter), timeouts and a response size bound. {@link #toString()} never shows the token.
 */
public record PartnerClientConfig(URI baseUrl, String bearerToken, TlsTrust trust, Duration connectTimeout,
                                  Duration requestTimeout, long maxResponseBytes) {

    public PartnerClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(bearerToken, "bearerToken");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (!"https".equalsIgnoreCase(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("partner manager URL must be https://host[:port][/path]");
        }
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
    }

    /** 10 s to connect, 30 s per request, 4 MiB per response. */
    public static PartnerClientConfig of(URI baseUrl, String bearerToken, TlsTrust trust) {
        return new PartnerClientConfig(baseUrl, bearerToken, trust, Duration.ofSeconds(10), Duration.ofSeconds(30),
                4L * 1024 * 1024);
    }

    public PartnerClientConfig withTimeouts(Duration connect, Duration request) {
        return new PartnerClientConfig(baseUrl, bearerToken, trust, connect, request, maxResponseBytes);
    }

    @Override
    public String toString() {
        return "PartnerClientConfig[baseUrl=" + baseUrl + ", bearerToken=***, trust=" + trust + "]";
    }
}
