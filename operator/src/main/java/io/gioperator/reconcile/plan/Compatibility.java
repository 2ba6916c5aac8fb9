package io.gioperator.reconcile.plan;

import java.util.List;
import java.util.Map;

/**
 * The compatibility gate's verdict on the vCenter and every host.
 *
 * @param hosts verdict per host moref
 * @param compatibleVersions the ESXi versions the agency's agentConfig covers
 * @param incompatibleHosts {@code host: version build} texts, for the Compatible condition
 */
record Compatibility(
    boolean vcenterCompatible,
    String vcenterMessage,
    Map<String, HostVerdict> hosts,
    List<String> compatibleVersions,
    List<String> incompatibleHosts) {

  HostVerdict verdict(String hostRef) {
    return hosts.getOrDefault(hostRef, HostVerdict.OK);
  }

  boolean anyIncompatibleHost() {
    return !incompatibleHosts.isEmpty();
  }
}
