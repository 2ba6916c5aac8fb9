package io.gioperator.reconcile.watch;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a partner poll makes the GuestIntrospection look again, decided by {@link #between}: a plain function of
 * the snapshot the last reconcile (or poll) saw and the one just read. Anything else, such as a heartbeat that
 * merely moved on, is no reason: a steady cluster is not reconciled once per poll.
 */
public enum PartnerChange {
  /** The manager stopped or started answering. */
  REACHABILITY("Reachability"),
  /** A registration appeared or disappeared, or now names another SVA. */
  REGISTRATIONS("Registrations"),
  /** A registration's service status changed (UP, WARNING, DOWN, UNKNOWN). */
  SERVICE_STATUS("ServiceStatus"),
  /** A registration's last heartbeat became older than the heartbeatTimeout (or fresh again). */
  HEARTBEAT("Heartbeat");

  private final String label;

  PartnerChange(String label) {
    this.label = label;
  }

  /** The metric label value (docs/metrics.md). */
  public String label() {
    return label;
  }

  /** The first reason found, or empty when nothing the decisions depend on changed. */
  static Optional<PartnerChange> between(PartnerSnapshot before, PartnerSnapshot after) {
    if (before.reachable() != after.reachable()) {
      return Optional.of(REACHABILITY);
    }
    if (!after.reachable()) {
      return Optional.empty(); // still unreachable: nothing is known either way
    }
    Map<String, PartnerSnapshot.Registration> was = before.registrations();
    Map<String, PartnerSnapshot.Registration> is = after.registrations();
    if (!was.keySet().equals(is.keySet())) {
      return Optional.of(REGISTRATIONS);
    }
    boolean heartbeat = false;
    for (var e : is.entrySet()) {
      PartnerSnapshot.Registration old = was.get(e.getKey());
      PartnerSnapshot.Registration now = e.getValue();
      if (!Objects.equals(old.vmRef(), now.vmRef())) {
        return Optional.of(REGISTRATIONS);
      }
      if (old.status() != now.status()) {
        return Optional.of(SERVICE_STATUS);
      }
      heartbeat |= old.heartbeatStale() != now.heartbeatStale();
    }
    return heartbeat ? Optional.of(HEARTBEAT) : Optional.empty();
  }
}
