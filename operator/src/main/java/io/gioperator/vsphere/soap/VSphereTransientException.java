package io.gioperator.vsphere.soap;

/** The call failed for a reason that may pass by itself: I/O error, timeout, HTTP 503, or the call budget refused it. */
public class VSphereTransientException extends VSphereException {

    /** Why the call did not get an answer. */
    public enum Reason { IO, TIMEOUT, HTTP_UNAVAILABLE, CIRCUIT_OPEN, BULKHEAD_FULL, RATE_LIMITED }

    private final Reason reason;

    public VSphereTransientException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public VSphereTransientException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Budget rejections happen before anything reaches vCenter. */
    public boolean rejectedLocally() {
        return reason == Reason.CIRCUIT_OPEN || reason == Reason.BULKHEAD_FULL || reason == Reason.RATE_LIMITED;
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    @Override
    public String outcome() {
        return rejectedLocally() ? "rejected" : "transient";
    }
}
