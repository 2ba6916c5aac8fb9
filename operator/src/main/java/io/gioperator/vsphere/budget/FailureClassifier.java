package io.gioperator.vsphere.budget;

import io.gioperator.vsphere.soap.VSphereException;
import io.gioperator.vsphere.soap.VSphereTransientException;

/**
 * The decisions of the call budget, separated from I/O: which failures are retried, which count against the
 * circuit breaker, and what outcome label a call gets in metrics.
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    /**
     * Retry transient server-side trouble (I/O, timeouts, HTTP 503, EamServiceNotInitialized); never business
     * faults (InvalidLogin, InvalidArgument, ManagedObjectNotFound...), nor calls the budget itself refused.
     */
    public static boolean isRetryable(Throwable failure) {
        return failure instanceof VSphereException e && e.isTransient() && !rejectedLocally(e);
    }

    /** The breaker opens on a vCenter that does not answer well, not on answers we do not like. */
    public static boolean countsAgainstBreaker(Throwable failure) {
        return isRetryable(failure);
    }

    /** "success", a fault type such as "ManagedObjectNotFound", "transient", "rejected", "protocol", "tls". */
    public static String outcome(Throwable failure) {
        if (failure == null) {
            return "success";
        }
        return failure instanceof VSphereException e ? e.outcome() : "error";
    }

    private static boolean rejectedLocally(VSphereException e) {
        return e instanceof VSphereTransientException t && t.rejectedLocally();
    }
}
