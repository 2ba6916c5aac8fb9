package io.gioperator.vsphere.soap;

/** The user lacks a privilege: EAM NotAuthorized or vim25 NoPermission (faultType tells which). */
public class NotAuthorizedFault extends VSphereFault {

    public NotAuthorizedFault(String faultType, String serverMessage) {
        super(faultType, serverMessage);
    }
}
