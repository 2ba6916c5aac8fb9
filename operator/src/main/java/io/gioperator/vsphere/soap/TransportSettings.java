package io.gioperator.vsphere.soap;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of one HTTP exchange: how long to wait for a connection, how long for a whole response (long polls add
 * the time the server may hold them), and how many bytes a response may have.
 */
public record TransportSettings(Duration connectTimeout, Duration readTimeout, long maxResponseBytes) {

    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

    public TransportSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
    }

    /** 10 s to connect, 60 s for a response, 32 MiB per response. */
    public static TransportSettings defaults() {
        return new TransportSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), DEFAULT_MAX_RESPONSE_BYTES);
    }
}
