package io.gioperator.vsphere.soap;

/** EAM EamInvalidLogin: the forwarded vim25 session is not (or no longer) valid for EAM. */
public class EamInvalidLoginFault extends VSphereFault {

    public EamInvalidLoginFault(String faultType, String serverMessage) {
        super(faultType, serverMessage);
    }

    @Override
    public boolean isSessionLoss() {
        return true;
    }
}
