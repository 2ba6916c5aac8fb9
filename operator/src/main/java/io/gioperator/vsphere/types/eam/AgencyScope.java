package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlWriter;
import java.util.List;

/**
 * EAM AgencyScope (abstract on the wire). {@link ComputeResources} is the one real subtype: the clusters (or
 * standalone ComputeResources) to deploy on. Any other subtype is kept as {@link Other} and cannot be written back.
 */
public sealed interface AgencyScope permits AgencyScope.ComputeResources, AgencyScope.Other {

    void write(XmlWriter w, String name);

    /** AgencyComputeResourceScope. */
    record ComputeResources(List<MoRef> computeResources) implements AgencyScope {
        public ComputeResources {
            computeResources = List.copyOf(computeResources);
        }

        @Override
        public void write(XmlWriter w, String name) {
            w.startTyped(name, "AgencyComputeResourceScope");
            MoRef.writeAll(w, "computeResource", computeResources);
            w.end();
        }
    }

    /** A scope type this client does not model. */
    record Other(String wireType) implements AgencyScope {
        @Override
        public void write(XmlWriter w, String name) {
            throw new IllegalStateException("cannot write back an agency scope of unknown type " + wireType);
        }
    }

    static AgencyScope cluster(MoRef cluster) {
        return new ComputeResources(List.of(cluster));
    }

    static AgencyScope from(XmlElement e) {
        if ("AgencyComputeResourceScope".equals(e.xsiType()) || e.has("computeResource")) {
            return new ComputeResources(MoRef.children(e, "computeResource"));
        }
        return new Other(e.xsiType() == null ? "AgencyScope" : e.xsiType());
    }
}
