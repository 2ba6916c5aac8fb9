package io.gioperator.vsphere.soap;

/** EAM is still loading from its database (after a vCenter restart): retried with backoff. */
public class EamServiceNotInitializedFault extends VSphereFault {

    public EamServiceNotInitializedFault(String faultType, String serverMessage) {
        super(faultType, serverMessage);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
