package io.gioperator.reconcile.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A re-creation in flight on one host. It holds a redeploy slot until the host is Ready again on a
 * fresh VM, or until it times out.
 *
 * @param requestId the remediation request that asked for it; null for automatic ones
 * @param cause why, as the metric labels it; null only in memory written before the field existed
 * @param oldVmRef the VM being replaced; a different VM on the agent means the fresh one exists
 * @param lastActionAt when the destroying action was last handed to the act layer; null = not yet
 */
public record Recreate(
    String requestId,
    RecreateKind kind,
    RecreateCause cause,
    String oldVmRef,
    String reason,
    Instant startedAt,
    Instant lastActionAt) {

  public Recreate {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  public Recreate actedAt(Instant when) {
    return new Recreate(requestId, kind, cause, oldVmRef, reason, startedAt, when);
  }
}
