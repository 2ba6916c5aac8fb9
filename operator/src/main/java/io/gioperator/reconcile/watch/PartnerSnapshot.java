package io.gioperator.reconcile.watch;

import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.PartnerView;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What of a cluster's partner registrations the GuestIntrospection's decisions depend on, at one instant: whether
 * the manager answered, and per registration its service status, its SVA and whether its last heartbeat is older
 * than the heartbeatTimeout. The heartbeat time itself is left out: it moves with every beat.
 */
record PartnerSnapshot(boolean reachable, Map<String, Registration> registrations) {

  /** One registration as far as the decisions go. */
  record Registration(ServiceStatus status, String vmRef, boolean heartbeatStale) {}

  PartnerSnapshot {
    registrations = Map.copyOf(registrations);
  }

  /** Judges staleness as the planner does: stale once {@code now} is after lastHeartbeat + heartbeatTimeout. */
  static PartnerSnapshot of(PartnerView view, Duration heartbeatTimeout, Instant now) {
    if (!view.reachable()) {
      return new PartnerSnapshot(false, Map.of());
    }
    Map<String, Registration> regs = new HashMap<>();
    for (PartnerRegistration r : view.registrations()) {
      boolean stale = r.lastHeartbeat() != null && now.isAfter(r.lastHeartbeat().plus(heartbeatTimeout));
      regs.put(r.id(), new Registration(r.serviceStatus(), r.vmRef(), stale));
    }
    return new PartnerSnapshot(true, regs);
  }
}
