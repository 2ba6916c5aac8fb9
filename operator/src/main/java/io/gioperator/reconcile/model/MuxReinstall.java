package io.gioperator.reconcile.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A ReinstallMux remediation in flight on one host.
 *
 * @param phaseSince when the current phase began (the reboot is seen by comparing the boot time)
 * @param lastActionAt when this phase's action was last handed to the act layer; null = not yet
 */
public record MuxReinstall(
    String requestId,
    MuxReinstallPhase phase,
    Instant startedAt,
    Instant phaseSince,
    Instant lastActionAt) {

  public MuxReinstall {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(phaseSince, "phaseSince");
  }

  public MuxReinstall next(MuxReinstallPhase next, Instant now, boolean acted) {
    return new MuxReinstall(requestId, next, startedAt, now, acted ? now : null);
  }

  public MuxReinstall actedAt(Instant now) {
    return new MuxReinstall(requestId, phase, startedAt, phaseSince, now);
  }
}
