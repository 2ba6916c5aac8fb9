package io.gioperator.vsphere.soap;

/**
 * Base of every failure the vSphere client reports. Unchecked so that typed facades compose with lambdas
 * and the call budget. Messages never carry credentials or session cookies.
 */
public abstract class VSphereException extends RuntimeException {

    protected VSphereException(String message) {
        super(message);
    }

    protected VSphereException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the same call may succeed later without any change (I/O, HTTP 503, service still starting). */
    public boolean isTransient() {
        return false;
    }

    /** True when the server no longer knows the session: one re-login and a retry of the call are in order. */
    public boolean isSessionLoss() {
        return false;
    }

    /** A short label for metrics: the fault type, "transient", "protocol", ... Never an object id. */
    public abstract String outcome();
}
