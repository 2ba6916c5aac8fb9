package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.RecreateCause;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Instant;

/**
 * The service health of one running SVA.
 *
 * @param since when the SVA was first seen unhealthy (for memory); null unless UNHEALTHY
 * @param deadline when an UNHEALTHY SVA is re-created; null unless UNHEALTHY
 * @param column what the host row shows in its service column
 */
record HealthVerdict(Kind kind, String reason, String message, ServiceStatus column, Instant since, Instant deadline) {

  enum Kind {
    HEALTHY,
    /** Alive but not (yet) serving: WARNING, UNKNOWN, or no partner view yet. Never re-created for it. */
    DEGRADED,
    /** DOWN or heartbeat missing: re-created once the deadline passes. */
    UNHEALTHY
  }

  boolean healthy() {
    return kind == Kind.HEALTHY;
  }

  /** The re-creation cause of an UNHEALTHY verdict: its reason is one of the cause names. */
  RecreateCause cause() {
    return RecreateCause.valueOf(reason);
  }

  boolean expired(Instant now) {
    return kind == Kind.UNHEALTHY && !now.isBefore(deadline);
  }
}
