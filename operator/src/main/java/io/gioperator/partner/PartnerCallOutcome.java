package io.gioperator.partner;

/**
 * The bounded {@code outcome} label of a partner call, from what {@link PartnerClient} threw (the manager's own
 * error codes are free text, so they are folded into {@link #HTTP_ERROR}).
 */
public final class PartnerCallOutcome {

    public static final String SUCCESS = "success";
    public static final String NOT_FOUND = "NotFound";
    public static final String UNAUTHORIZED = "Unauthorized";
    /** No useful answer: HTTP 502/503/504, I/O error or timeout. */
    public static final String TRANSIENT = "transient";
    public static final String TLS = "tls";
    /** An answer that is not the contract's JSON, or too large. */
    public static final String PROTOCOL = "protocol";
    /** The token cannot be sent: a spec problem, nothing went over the wire. */
    public static final String INVALID_TOKEN = "InvalidToken";
    /** Any other HTTP error status. */
    public static final String HTTP_ERROR = "HttpError";

    private PartnerCallOutcome() {
    }

    public static String of(RuntimeException failure) {
        if (failure == null) {
            return SUCCESS;
        }
        if (failure instanceof PartnerNotFoundException) {
            return NOT_FOUND;
        }
        if (failure instanceof PartnerUnauthorizedException) {
            return UNAUTHORIZED;
        }
        if (failure instanceof PartnerUnavailableException) {
            return TRANSIENT;
        }
        if (failure instanceof PartnerException p) {
            return switch (String.valueOf(p.errorCode())) {
                case PartnerClient.TLS_HANDSHAKE_FAILED -> TLS;
                case PartnerClient.MALFORMED_RESPONSE, PartnerClient.RESPONSE_TOO_LARGE -> PROTOCOL;
                case PartnerClient.INVALID_TOKEN -> INVALID_TOKEN;
                default -> HTTP_ERROR;
            };
        }
        return PROTOCOL; // not a PartnerException: the client's own bug or an unexpected answer
    }
}
