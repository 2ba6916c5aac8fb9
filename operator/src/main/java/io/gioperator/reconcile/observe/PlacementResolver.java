package io.gioperator.reconcile.observe;

import io.gioperator.api.v1alpha1.GuestIntrospectionSpec;
import io.gioperator.api.v1alpha1.Placement;
import io.gioperator.reconcile.desired.MoRefText;
import io.gioperator.reconcile.desired.PlacementRefs;
import io.gioperator.vsphere.objects.Inventory;
import io.gioperator.vsphere.types.MoRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the cluster path and the placement names of the spec to morefs with {@code FindByInventoryPath}.
 * Datastores and networks are names inside the cluster's datacenter ({@code <dc>/datastore/<name>},
 * {@code <dc>/network/<name>}); folder and resource pool are inventory paths.
 */
public final class PlacementResolver {

  private PlacementResolver() {}

  /**
   * The cluster and its datacenter only, for removal: a datastore, network, folder or pool renamed or gone since
   * the SVAs were placed must not keep the agency from being removed.
   */
  public static PlacementRefs resolveCluster(Inventory inventory, GuestIntrospectionSpec spec) {
    String clusterPath = trim(spec.getCluster());
    MoRef cluster = cluster(inventory, spec, clusterPath);
    MoRef datacenter = inventory.findByInventoryPath(datacenterPath(clusterPath)).orElse(null);
    return new PlacementRefs(MoRefText.typed(cluster), MoRefText.typed(datacenter), List.of(), List.of(), null, null);
  }

  public static PlacementRefs resolve(Inventory inventory, GuestIntrospectionSpec spec) {
    String clusterPath = trim(spec.getCluster());
    MoRef cluster = cluster(inventory, spec, clusterPath);
    String dcPath = datacenterPath(clusterPath);
    MoRef datacenter = inventory.findByInventoryPath(dcPath).orElse(null);
    Placement p = spec.getPlacement();
    List<String> datastores = new ArrayList<>();
    List<String> networks = new ArrayList<>();
    String folder = null;
    String pool = null;
    if (p != null) {
      for (String name : p.getDatastores() == null ? List.<String>of() : p.getDatastores()) {
        datastores.add(find(inventory, dcPath + "/datastore/" + escape(name), "datastore " + name,
            "spec.placement.datastores"));
      }
      for (String name : p.getNetworks() == null ? List.<String>of() : p.getNetworks()) {
        networks.add(find(inventory, dcPath + "/network/" + escape(name), "network " + name,
            "spec.placement.networks"));
      }
      if (p.getFolder() != null) {
        folder = find(inventory, trim(p.getFolder()), "folder " + p.getFolder(), "spec.placement.folder");
      }
      if (p.getResourcePool() != null) {
        pool = find(inventory, trim(p.getResourcePool()), "resource pool " + p.getResourcePool(),
            "spec.placement.resourcePool");
      }
    }
    return new PlacementRefs(MoRefText.typed(cluster), MoRefText.typed(datacenter), datastores, networks, folder,
        pool);
  }

  private static MoRef cluster(Inventory inventory, GuestIntrospectionSpec spec, String clusterPath) {
    return inventory.findByInventoryPath(clusterPath).orElseThrow(() -> new ObserveException(
        FailureReasons.CLUSTER_NOT_FOUND, "cluster " + spec.getCluster() + " (spec.cluster) is not in the vCenter "
        + "inventory: use the inventory path /<datacenter>/host/<cluster>"));
  }

  private static String find(Inventory inventory, String path, String what, String field) {
    return MoRefText.typed(inventory.findByInventoryPath(path).orElseThrow(() -> new ObserveException(
        FailureReasons.PLACEMENT_NOT_FOUND, what + " (" + field + ") is not in the vCenter inventory at /" + path)));
  }

  /** vCenter's inventory paths have no leading slash; the CRD shows them with one. */
  static String trim(String path) {
    String p = path == null ? "" : path.trim();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  static String datacenterPath(String clusterPath) {
    int host = clusterPath.indexOf("/host/");
    return host < 0 ? clusterPath.split("/")[0] : clusterPath.substring(0, host);
  }

  private static String escape(String name) {
    return name.replace("%", "%25").replace("/", "%2f");
  }
}
