package io.gioperator.reconcile.observe;

import io.gioperator.reconcile.desired.PlacementRefs;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.vsphere.types.MoRef;
import java.util.List;

/** One observation plus what the act layer and the watch need besides the planner's input. */
public record Observation(ObservedCluster cluster, PlacementRefs placement, MoRef clusterRef, String clusterName,
                          List<MoRef> hostRefs, List<MoRef> vmRefs, String vcenterProduct) {
  public Observation {
    hostRefs = List.copyOf(hostRefs);
    vmRefs = List.copyOf(vmRefs);
  }
}
