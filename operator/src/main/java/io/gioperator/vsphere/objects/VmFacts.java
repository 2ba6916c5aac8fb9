package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectContent;
import io.gioperator.vsphere.types.PropertyValue;
import io.gioperator.vsphere.types.VmPowerState;

/** What the reconciler needs to know of a VM: name, power state, guest IP (null until Tools reports one), host. */
public record VmFacts(MoRef ref, String name, VmPowerState powerState, String ipAddress, MoRef host) {

    static final String[] PATHS = {"name", "runtime.powerState", "guest.ipAddress", "runtime.host"};

    static VmFacts from(ObjectContent o) {
        return new VmFacts(o.obj(), o.property("name").map(PropertyValue::asString).orElse(null),
                VmPowerState.parse(o.property("runtime.powerState").map(PropertyValue::asString).orElse(null)),
                o.property("guest.ipAddress").map(PropertyValue::asString).orElse(null),
                o.property("runtime.host").map(PropertyValue::asMoRef).orElse(null));
    }
}
