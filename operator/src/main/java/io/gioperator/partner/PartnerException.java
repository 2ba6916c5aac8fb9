package io.gioperator.partner;

/**
 * A failed call to the partner manager: HTTP status (0 when no answer), the manager's error code (e.g.
 * "InvalidRegistration") and message. Subclasses name the cases callers treat differently.
 */
public class PartnerException extends RuntimeException {

    private final int status;
    private final String errorCode;

    public PartnerException(int status, String errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public PartnerException(int status, String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    /** Worth retrying later without any change. */
    public boolean isTransient() {
        return false;
    }
}
