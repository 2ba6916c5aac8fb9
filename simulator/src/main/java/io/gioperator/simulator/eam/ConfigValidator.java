package io.gioperator.simulator.eam;

import io.gioperator.simulator.inventory.Cluster;
import io.gioperator.simulator.inventory.Datacenter;
import io.gioperator.simulator.inventory.Datastore;
import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Folder;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.Network;
import io.gioperator.simulator.inventory.ResourcePool;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The checks CreateAgency and Update make before accepting an AgencyConfigInfo. */
final class ConfigValidator {
    private ConfigValidator() {
    }

    static void validate(Inventory inv, V.Obj config) throws SoapFault {
        String name = config.str("agencyName");
        if (name == null || name.isBlank()) {
            throw Faults.invalidArgument("agencyConfigInfo.agencyName");
        }
        String agentName = config.str("agentName");
        if (agentName != null && agentName.length() > (config.bool("useUuidVmName", false) ? 43 : 70)) {
            throw Faults.invalidArgument("agencyConfigInfo.agentName");
        }
        List<V.Ref> unknown = new ArrayList<>();
        V.Obj scope = config.obj("scope");
        if (scope != null) {
            for (V.Ref r : scope.refs("computeResource")) {
                if (!(inv.entity(r) instanceof Cluster)) {
                    unknown.add(r);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw Faults.Eam.invalidAgencyScope(unknown);
        }
        for (V.Obj ac : config.objs("agentConfig")) {
            checkUrl(ac.str("ovfPackageUrl"));
            checkUrl(ac.str("vibUrl"));
            if (ac.str("vibName") != null && ac.str("vibUrl") != null) {
                throw Faults.Eam.invalidAgentConfiguration("vibName");
            }
            String disk = ac.str("ovfDiskProvisioning");
            if (disk != null && !Set.of("none", "thin", "thick").contains(disk)) {
                throw Faults.Eam.invalidAgentConfiguration("ovfDiskProvisioning");
            }
        }
        for (V.Ref r : config.refs("agentVmDatastore")) {
            require(inv.entity(r) instanceof Datastore, "agencyConfigInfo.agentVmDatastore");
        }
        for (V.Ref r : config.refs("agentVmNetwork")) {
            require(inv.entity(r) instanceof Network, "agencyConfigInfo.agentVmNetwork");
        }
        for (V.Obj f : config.objs("folders")) {
            require(inv.entity(f.ref("folderId")) instanceof Folder, "agencyConfigInfo.folders.folderId");
            require(inv.entity(f.ref("datacenterId")) instanceof Datacenter, "agencyConfigInfo.folders.datacenterId");
        }
        for (V.Obj rp : config.objs("resourcePools")) {
            Entity pool = inv.entity(rp.ref("resourcePoolId"));
            Entity cr = inv.entity(rp.ref("computeResourceId"));
            require(pool instanceof ResourcePool, "agencyConfigInfo.resourcePools.resourcePoolId");
            require(cr instanceof Cluster && ((ResourcePool) pool).owner() == cr,
                    "agencyConfigInfo.resourcePools.computeResourceId");
        }
    }

    private static void require(boolean ok, String property) throws SoapFault {
        if (!ok) {
            throw Faults.invalidArgument(property);
        }
    }

    private static void checkUrl(String url) throws SoapFault {
        if (url == null) {
            return;
        }
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || !Set.of("http", "https").contains(u.getScheme().toLowerCase())
                    || u.getHost() == null) {
                throw Faults.Eam.invalidUrl(url);
            }
        } catch (URISyntaxException e) {
            throw Faults.Eam.invalidUrl(url);
        }
    }
}
