package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.IncompatiblePolicy;

/**
 * Whether this plan may contain actions at all. Blocked plans still observe: rows, conditions and
 * health timers stay fresh, but nothing is changed in vCenter or at the partner and no operation
 * is started in memory.
 */
record ActGate(boolean allowed, String reason, String message) {

  static ActGate of(DesiredCluster desired, Compatibility compatibility) {
    if (desired.paused()) {
      return new ActGate(false, "Paused", "spec.paused is true: nothing is changed in vCenter or at the partner");
    }
    if (!compatibility.vcenterCompatible()) {
      return new ActGate(false, "IncompatibleVCenter", compatibility.vcenterMessage());
    }
    if (desired.compatibility().policy() == IncompatiblePolicy.BlockCluster && compatibility.anyIncompatibleHost()) {
      return new ActGate(false, "ClusterBlocked", "policy BlockCluster: incompatible hosts block the whole cluster ("
          + String.join("; ", compatibility.incompatibleHosts()) + ")");
    }
    return new ActGate(true, "Allowed", "");
  }
}
