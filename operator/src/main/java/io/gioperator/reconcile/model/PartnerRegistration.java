package io.gioperator.reconcile.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One SVA registration at the partner solution manager.
 *
 * @param lastHeartbeat when the SVA last reported to the partner; null if the partner has no
 *     heartbeat for it (yet)
 */
public record PartnerRegistration(
    String id,
    String hostRef,
    String vmRef,
    String ip,
    ServiceStatus serviceStatus,
    Instant lastHeartbeat,
    String message,
    String svaVersion) {

  public PartnerRegistration {
    id = Objects.requireNonNull(Values.text(id), "id");
    hostRef = Values.text(hostRef);
    vmRef = Values.text(vmRef);
    ip = Values.text(ip);
    serviceStatus = serviceStatus == null ? ServiceStatus.UNKNOWN : serviceStatus;
    message = Values.text(message);
    svaVersion = Values.text(svaVersion);
  }
}
