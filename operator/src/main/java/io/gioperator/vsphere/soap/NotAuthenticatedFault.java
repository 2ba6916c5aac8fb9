package io.gioperator.vsphere.soap;

/** vim25 NotAuthenticated: the session is unknown or expired; one re-login is in order. */
public class NotAuthenticatedFault extends VSphereFault {

    public NotAuthenticatedFault(String faultType, String serverMessage) {
        super(faultType, serverMessage);
    }

    @Override
    public boolean isSessionLoss() {
        return true;
    }
}
