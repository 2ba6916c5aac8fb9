package io.gioperator.vsphere.soap;

/** The object is not in a state that allows the operation (vim25 InvalidState, EAM EamInvalidState). */
public class InvalidStateFault extends VSphereFault {

    public InvalidStateFault(String faultType, String serverMessage) {
        super(faultType, serverMessage);
    }
}
