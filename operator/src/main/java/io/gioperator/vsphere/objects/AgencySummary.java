package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.eam.AgencyConfigInfo;

/** An agency and its configuration. */
public record AgencySummary(MoRef ref, AgencyConfigInfo config) {

    public String agencyName() {
        return config.agencyName();
    }
}
