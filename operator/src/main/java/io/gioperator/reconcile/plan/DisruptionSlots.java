package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.MuxReinstallPhase;
import io.gioperator.reconcile.model.HostMemory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * maxUnavailable and "one host in maintenance mode at a time". A slot is held by every host with a
 * disruptive operation of ours in flight (re-creation until the host is Ready again, ReinstallMux,
 * EAM maintenance-mode remediation). Hosts that are not Ready for reasons outside the operator
 * (a dead SVA waiting for its re-creation, a host an admin put into maintenance) hold none: a
 * re-creation candidate is already unavailable, the limit bounds how many the operator works on.
 */
final class DisruptionSlots {

  private final int max;
  private final Map<String, String> holders = new LinkedHashMap<>();
  private String maintenanceHolder;

  DisruptionSlots(int max) {
    this.max = max;
  }

  /** Registers what memory says is already in flight on a present host. */
  void restore(String hostRef, String hostName, HostMemory memory) {
    if (memory.busy()) {
      holders.put(hostRef, hostName);
    }
    boolean reinstallInMaintenance = memory.muxReinstall() != null
        && memory.muxReinstall().phase() != MuxReinstallPhase.ReinstallingMux;
    if (memory.maintenanceHold() != null || reinstallInMaintenance) {
      maintenanceHolder = hostName;
    }
  }

  boolean tryAcquire(String hostRef, String hostName) {
    if (holders.containsKey(hostRef)) {
      return true;
    }
    if (holders.size() >= max) {
      return false;
    }
    holders.put(hostRef, hostName);
    return true;
  }

  void release(String hostRef) {
    holders.remove(hostRef);
  }

  /** The other host in maintenance mode for the operator, or null. */
  String maintenanceHolderOtherThan(String hostName) {
    return maintenanceHolder != null && !maintenanceHolder.equals(hostName) ? maintenanceHolder : null;
  }

  void claimMaintenance(String hostName) {
    maintenanceHolder = hostName;
  }

  void releaseMaintenance(String hostName) {
    if (hostName.equals(maintenanceHolder)) {
      maintenanceHolder = null;
    }
  }

  String describe() {
    return holders.size() + " of maxUnavailable " + max + " hosts busy"
        + (holders.isEmpty() ? "" : ": " + String.join(", ", holders.values()));
  }
}
