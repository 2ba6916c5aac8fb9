package io.gioperator.partner;

import java.time.Instant;

/** A registration as the manager keeps it, with the service status it derives from the SVA's heartbeats. */
public record SvaRegistration(String id, String clusterId, String clusterName, String hostId, String hostName,
                              String vmId, String vmName, String ipAddress, String svaVersion, String muxVersion,
                              Instant registeredAt, ServiceStatus serviceStatus, Instant lastHeartbeat,
                              String epsecLibraryVersion, String message) {
}
