package io.gioperator.vsphere.soap;

import io.gioperator.vsphere.types.MoRef;
import java.util.List;

/** EAM InvalidAgencyScope: the scope names compute resources vCenter does not know. */
public class InvalidAgencyScopeFault extends VSphereFault {

    private final List<MoRef> unknownComputeResources;

    public InvalidAgencyScopeFault(String faultType, String serverMessage, List<MoRef> unknownComputeResources) {
        super(faultType, serverMessage);
        this.unknownComputeResources = List.copyOf(unknownComputeResources);
    }

    public List<MoRef> unknownComputeResources() {
        return unknownComputeResources;
    }
}
