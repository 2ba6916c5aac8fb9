package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectContent;
import io.gioperator.vsphere.types.ObjectSpec;
import io.gioperator.vsphere.types.PropertyFilterSpec;
import io.gioperator.vsphere.types.PropertySpec;
import io.gioperator.vsphere.types.ServiceContent;
import io.gioperator.vsphere.vim.VimMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Finding clusters and listing their hosts and VMs (container views, destroyed after use). */
public final class Inventory {

    private final VimMethods vim;
    private final Supplier<ServiceContent> content;
    private final PropertyReader reader;

    public Inventory(VimMethods vim, Supplier<ServiceContent> content, PropertyReader reader) {
        this.vim = vim;
        this.content = content;
        this.reader = reader;
    }

    /** A cluster (or any entity) by inventory path, e.g. {@code "dc1/host/cluster-01"}. */
    public Optional<MoRef> findByInventoryPath(String inventoryPath) {
        MoRef searchIndex = content.get().searchIndex();
        if (searchIndex == null) {
            throw new IllegalStateException("this server has no SearchIndex");
        }
        return vim.findByInventoryPath(searchIndex, inventoryPath);
    }

    /** The hosts of a cluster with version, build, connection and maintenance state. */
    public List<HostFacts> clusterHosts(MoRef cluster) {
        return inContainerView(cluster, "HostSystem", HostFacts.PATHS, HostFacts::from);
    }

    /** Every VM under a container (cluster, host, folder, resource pool), recursively. */
    public List<VmFacts> vmsIn(MoRef container) {
        return inContainerView(container, "VirtualMachine", VmFacts.PATHS, VmFacts::from);
    }

    /**
     * Facts of the given VMs (e.g. the agent VMs EAM reports). A VM that no longer exists makes vCenter fail the
     * call with ManagedObjectNotFound naming it.
     */
    public List<VmFacts> vms(List<MoRef> vms) {
        if (vms.isEmpty()) {
            return List.of();
        }
        List<ObjectSpec> objects = new ArrayList<>();
        for (MoRef vm : vms) {
            objects.add(ObjectSpec.of(vm));
        }
        PropertyFilterSpec spec = new PropertyFilterSpec(
                List.of(PropertySpec.of("VirtualMachine", VmFacts.PATHS)), objects, null);
        return map(reader.retrieveAll(spec), VmFacts::from);
    }

    private <T> List<T> inContainerView(MoRef container, String type, String[] paths,
                                        Function<ObjectContent, T> mapper) {
        MoRef viewManager = content.get().viewManager();
        MoRef view = vim.createContainerView(viewManager, container, List.of(type), true);
        try {
            PropertyFilterSpec spec = PropertyFilterSpec.of(PropertySpec.of(type, paths),
                    ObjectSpec.viaContainerView(view));
            return map(reader.retrieveAll(spec), mapper);
        } finally {
            Cleanup.quietly("DestroyView", () -> vim.destroyView(view));
        }
    }

    private static <T> List<T> map(List<ObjectContent> objects, Function<ObjectContent, T> mapper) {
        List<T> result = new ArrayList<>(objects.size());
        for (ObjectContent o : objects) {
            result.add(mapper.apply(o));
        }
        return result;
    }
}
