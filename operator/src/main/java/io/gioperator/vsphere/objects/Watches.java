package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectSpec;
import io.gioperator.vsphere.types.PropertyFilterSpec;
import io.gioperator.vsphere.types.PropertySpec;
import io.gioperator.vsphere.types.ServiceContent;
import io.gioperator.vsphere.vim.VimMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Ready-made watches: a cluster's hosts (with the properties of {@link HostFacts}) and chosen VMs. */
public final class Watches {

    private final VimMethods vim;
    private final Supplier<ServiceContent> content;

    public Watches(VimMethods vim, Supplier<ServiceContent> content) {
        this.vim = vim;
        this.content = content;
    }

    /**
     * Watches the hosts of {@code cluster} (hosts joining or leaving show as ENTER/LEAVE) and, when given, the
     * listed VMs (e.g. agent VMs: power state, IP, host). Re-open the watch when the VM list changes.
     */
    public PropertyWatch clusterHostsAndVms(MoRef cluster, List<MoRef> vms) {
        ServiceContent sc = content.get();
        MoRef hostView = vim.createContainerView(sc.viewManager(), cluster, List.of("HostSystem"), true);
        List<ObjectSpec> objects = new ArrayList<>();
        objects.add(ObjectSpec.viaContainerView(hostView));
        for (MoRef vm : vms) {
            objects.add(ObjectSpec.of(vm));
        }
        List<PropertySpec> props = new ArrayList<>();
        props.add(PropertySpec.of("HostSystem", HostFacts.PATHS));
        if (!vms.isEmpty()) {
            props.add(PropertySpec.of("VirtualMachine", VmFacts.PATHS));
        }
        PropertyFilterSpec spec = new PropertyFilterSpec(props, objects, null);
        return PropertyWatch.open(vim, sc.propertyCollector(), spec, List.of(hostView));
    }

    /** Watches every VM under a container (power state, IP, host, name). */
    public PropertyWatch vmsIn(MoRef container) {
        ServiceContent sc = content.get();
        MoRef view = vim.createContainerView(sc.viewManager(), container, List.of("VirtualMachine"), true);
        PropertyFilterSpec spec = PropertyFilterSpec.of(PropertySpec.of("VirtualMachine", VmFacts.PATHS),
                ObjectSpec.viaContainerView(view));
        return PropertyWatch.open(vim, sc.propertyCollector(), spec, List.of(view));
    }
}
