package io.gioperator.simulator.partner;

import java.time.Instant;

/** An SVA registered with the partner solution manager. */
public record Registration(String id, String clusterId, String clusterName, String hostId, String hostName,
        String vmId, String vmName, String ipAddress, String svaVersion, String muxVersion, Instant registeredAt) {

    Registration refreshed(Registration from) {
        return new Registration(id, from.clusterId, from.clusterName, hostId, from.hostName, vmId, from.vmName,
                from.ipAddress, from.svaVersion, from.muxVersion, registeredAt);
    }
}
