package io.gioperator.reconcile.desired;

import java.util.List;

/** The cluster and placement names of the spec, resolved to typed morefs by the observe layer. */
public record PlacementRefs(String clusterRef, String datacenterRef, List<String> datastoreRefs,
                            List<String> networkRefs, String folderRef, String resourcePoolRef) {
  public PlacementRefs {
    datastoreRefs = datastoreRefs == null ? List.of() : List.copyOf(datastoreRefs);
    networkRefs = networkRefs == null ? List.of() : List.copyOf(networkRefs);
  }
}
