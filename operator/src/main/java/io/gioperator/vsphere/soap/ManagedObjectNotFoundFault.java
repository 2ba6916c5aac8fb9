package io.gioperator.vsphere.soap;

import io.gioperator.vsphere.types.MoRef;

/** The referenced managed object does not exist (any more), e.g. a destroyed agency or VM. */
public class ManagedObjectNotFoundFault extends VSphereFault {

    private final MoRef object;

    public ManagedObjectNotFoundFault(String faultType, String serverMessage, MoRef object) {
        super(faultType, serverMessage);
        this.object = object;
    }

    /** The reference the server did not find; null when the fault did not say. */
    public MoRef object() {
        return object;
    }
}
