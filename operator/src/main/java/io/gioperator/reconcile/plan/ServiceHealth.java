package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.HealthPolicy;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Instant;

/**
 * Judges a running SVA's service. The partner's registration is authoritative when there is one;
 * EAM's receivingHeartBeat is the floor (no partner manager, partner unreachable, not registered
 * yet). DOWN must last serviceDownTimeout; a heartbeat must be missing for heartbeatTimeout.
 */
final class ServiceHealth {

  private ServiceHealth() {}

  static HealthVerdict evaluate(DesiredCluster desired, boolean partnerReachable, PartnerRegistration current,
      ObservedAgent agent, Instant unhealthySince, Instant now) {
    HealthPolicy policy = desired.health();
    if (desired.partnerManagerConfigured() && partnerReachable && current != null) {
      return fromPartner(policy, current, unhealthySince, now);
    }
    ServiceStatus column = desired.partnerManagerConfigured()
        ? ServiceStatus.UNKNOWN : agent.receivingHeartbeat() ? ServiceStatus.UP : ServiceStatus.DOWN;
    if (agent.receivingHeartbeat()) {
      return desired.partnerManagerConfigured()
          ? new HealthVerdict(HealthVerdict.Kind.DEGRADED, "ServiceUnknown", "no partner view of the service", column, null, null)
          : new HealthVerdict(HealthVerdict.Kind.HEALTHY, "Ready", "EAM receives heartbeats from the SVA", column, null, null);
    }
    Instant since = unhealthySince == null ? now : unhealthySince;
    Instant deadline = since.plus(policy.heartbeatTimeout());
    return new HealthVerdict(HealthVerdict.Kind.UNHEALTHY, "HeartbeatMissing",
        "EAM receives no heartbeat from the SVA since " + since + "; re-created at " + deadline
            + " (heartbeatTimeout " + policy.heartbeatTimeout() + ")", column, since, deadline);
  }

  private static HealthVerdict fromPartner(HealthPolicy policy, PartnerRegistration current,
      Instant unhealthySince, Instant now) {
    ServiceStatus status = current.serviceStatus();
    String partnerMessage = current.message() == null ? "" : ": " + current.message();
    Instant since = unhealthySince == null ? now : unhealthySince;
    Instant heartbeat = current.lastHeartbeat();
    if (heartbeat != null && now.isAfter(heartbeat.plus(policy.heartbeatTimeout()))) {
      return new HealthVerdict(HealthVerdict.Kind.UNHEALTHY, "HeartbeatMissing",
          "the partner has had no heartbeat from the SVA since " + heartbeat + " (heartbeatTimeout "
              + policy.heartbeatTimeout() + ")" + partnerMessage, status, since, heartbeat.plus(policy.heartbeatTimeout()));
    }
    return switch (status) {
      case UP -> new HealthVerdict(HealthVerdict.Kind.HEALTHY, "Ready", "the partner reports the service UP", status, null, null);
      case DOWN -> {
        Instant deadline = since.plus(policy.serviceDownTimeout());
        yield new HealthVerdict(HealthVerdict.Kind.UNHEALTHY, "ServiceDown",
            "the partner reports the service DOWN since " + since + partnerMessage + "; re-created at " + deadline
                + " (serviceDownTimeout " + policy.serviceDownTimeout() + ")", status, since, deadline);
      }
      case WARNING -> new HealthVerdict(HealthVerdict.Kind.DEGRADED, "ServiceWarning",
          "the partner reports the service WARNING" + partnerMessage, status, null, null);
      case UNKNOWN -> new HealthVerdict(HealthVerdict.Kind.DEGRADED, "ServiceUnknown",
          "the partner does not know the service status yet" + partnerMessage, status, null, null);
    };
  }
}
