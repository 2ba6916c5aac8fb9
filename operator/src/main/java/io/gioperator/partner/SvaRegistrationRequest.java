package io.gioperator.partner;

/** POST /api/v1/svas: a powered-on SVA to register with the manager. All fields are required by the manager. */
public record SvaRegistrationRequest(String clusterId, String clusterName, String hostId, String hostName, String vmId,
                                     String vmName, String ipAddress, String svaVersion, String muxVersion) {
}
