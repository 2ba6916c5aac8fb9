package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.AboutInfo;
import io.gioperator.vsphere.types.HostConnectionState;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectContent;
import io.gioperator.vsphere.types.PropertyValue;

/** What the reconciler needs to know of an ESXi host. Version/build are null while vCenter does not know them. */
public record HostFacts(MoRef ref, String name, String version, String build, HostConnectionState connectionState,
                        boolean inMaintenanceMode, MoRef imageConfigManager, MoRef patchManager) {

    static final String[] PATHS = {"name", "summary.config.product", "runtime.connectionState",
            "runtime.inMaintenanceMode", "configManager.imageConfigManager", "configManager.patchManager"};

    static HostFacts from(ObjectContent o) {
        AboutInfo product = o.property("summary.config.product")
                .map(v -> AboutInfo.from(v.element())).orElse(null);
        return new HostFacts(o.obj(), o.property("name").map(PropertyValue::asString).orElse(null),
                product == null ? null : product.version(), product == null ? null : product.build(),
                HostConnectionState.parse(o.property("runtime.connectionState").map(PropertyValue::asString).orElse(null)),
                o.property("runtime.inMaintenanceMode").map(PropertyValue::asBoolean).orElse(false),
                o.property("configManager.imageConfigManager").map(PropertyValue::asMoRef).orElse(null),
                o.property("configManager.patchManager").map(PropertyValue::asMoRef).orElse(null));
    }
}
