package io.gioperator.vsphere.session;

import io.gioperator.vsphere.soap.VSphereException;

/** The connection was closed (pool closed, vCenter disconnected, or its credentials rotated): get a new one. */
public class SessionClosedException extends VSphereException {

    public SessionClosedException(String message) {
        super(message);
    }

    public SessionClosedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String outcome() {
        return "closed";
    }
}
