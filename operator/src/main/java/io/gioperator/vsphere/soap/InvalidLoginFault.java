package io.gioperator.vsphere.soap;

/** vim25 InvalidLogin: wrong user name or password. Never retried. */
public class InvalidLoginFault extends VSphereFault {

    public InvalidLoginFault(String faultType, String serverMessage) {
        super(faultType, serverMessage);
    }
}
