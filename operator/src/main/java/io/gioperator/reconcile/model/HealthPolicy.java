package io.gioperator.reconcile.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an SVA may look unhealthy before it is re-created.
 *
 * @param serviceDownTimeout how long the partner may report the service DOWN
 * @param heartbeatTimeout how old the last heartbeat may be (partner heartbeat, or EAM's
 *     receivingHeartBeat when no partner manager is configured)
 */
public record HealthPolicy(Duration serviceDownTimeout, Duration heartbeatTimeout) {

  public HealthPolicy {
    Objects.requireNonNull(serviceDownTimeout, "serviceDownTimeout");
    Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
  }
}
