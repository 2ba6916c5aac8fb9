package io.gioperator.partner;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The partner's view of the security service inside an SVA (never to be merged with EAM's install status):
 * UNKNOWN until the first heartbeat, UP while heartbeats arrive, WARNING when late, DOWN when stopped or failed.
 */
public enum ServiceStatus {
    UP, WARNING, DOWN,
    @JsonEnumDefaultValue
    UNKNOWN
}
