package io.gioperator.partner;

/** The manager did not answer usefully: HTTP 502/503/504, I/O error or timeout. Retry later. */
public class PartnerUnavailableException extends PartnerException {

    public PartnerUnavailableException(int status, String message, Throwable cause) {
        super(status, "Unavailable", message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
