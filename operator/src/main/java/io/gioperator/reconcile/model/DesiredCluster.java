package io.gioperator.reconcile.model;

import java.util.List;
import java.util.Objects;

/**
 * What the GuestIntrospection spec asks for on one vSphere cluster, with Secrets already resolved.
 *
 * @param agencyName deterministic, e.g. {@code gi-operator/<namespace>/<name>}; the agency is found
 *     by this name, so one CR never creates a second agency
 * @param agencySpec the agency config; its host versions are replaced by the compatible ones
 * @param muxVib the Mux VIB expected on every host (name and version read back from EAM)
 * @param svaVersion the SVA version announced when registering with the partner
 * @param partnerManagerConfigured false = no partner solution manager; EAM's heartbeat is the
 *     only health signal and nothing is registered
 * @param remediationRequests one-shot requests, in spec order
 */
public record DesiredCluster(
    String agencyName,
    AgencySpec agencySpec,
    VibRef muxVib,
    String svaVersion,
    CompatibilityMatrix compatibility,
    HealthPolicy health,
    RedeployPolicy redeploy,
    HostOperationsPolicy hostOperations,
    boolean paused,
    boolean partnerManagerConfigured,
    List<RemediationRequest> remediationRequests) {

  public DesiredCluster {
    agencyName = Objects.requireNonNull(Values.text(agencyName), "agencyName");
    Objects.requireNonNull(agencySpec, "agencySpec");
    Objects.requireNonNull(muxVib, "muxVib");
    compatibility = compatibility == null ? CompatibilityMatrix.any() : compatibility;
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(redeploy, "redeploy");
    hostOperations = hostOperations == null ? HostOperationsPolicy.none() : hostOperations;
    remediationRequests = Values.list(remediationRequests);
  }
}
