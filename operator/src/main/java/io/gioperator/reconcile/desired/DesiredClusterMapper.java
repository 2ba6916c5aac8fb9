package io.gioperator.reconcile.desired;

import io.gioperator.api.v1alpha1.DownloadTls;
import io.gioperator.api.v1alpha1.DurationString;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.GuestIntrospectionSpec;
import io.gioperator.api.v1alpha1.IncompatibleHostsAction;
import io.gioperator.api.v1alpha1.PartnerSolutionSpec;
import io.gioperator.api.v1alpha1.SupportedVersion;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.CompatibilityMatrix;
import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.DownloadTrust;
import io.gioperator.reconcile.model.EsxiRule;
import io.gioperator.reconcile.model.HealthPolicy;
import io.gioperator.reconcile.model.HostOperationsPolicy;
import io.gioperator.reconcile.model.IncompatiblePolicy;
import io.gioperator.reconcile.model.RedeployPolicy;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationRequest;
import io.gioperator.reconcile.model.VibRef;
import io.gioperator.reconcile.refs.DownloadCertificates;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Spec + PartnerSolution + resolved Secrets + placement morefs → {@link DesiredCluster}. Pure. */
public final class DesiredClusterMapper {

  private DesiredClusterMapper() {}

  public static DesiredCluster map(GuestIntrospection gi, PartnerSolutionSpec partner, Map<String, String> ovfValues,
                                   PlacementRefs placement) {
    return map(gi, partner, ovfValues, DownloadCertificates.Pems.none(), placement);
  }

  /**
   * The desired state removal plans from: names, partner, Mux and policies. Removal reads neither the OVF property
   * values, the download certificates nor the placement (GiReferences.resolveForRemoval), so the agency spec carries
   * none of them; it is never sent to EAM.
   */
  public static DesiredCluster mapForRemoval(GuestIntrospection gi, PartnerSolutionSpec partner,
                                             PlacementRefs placement) {
    return map(gi, partner, Map.of(), null, placement);
  }

  /**
   * {@code downloadPems}: the certificates read from downloadTls.certificateFrom (see GiReferences); null only for
   * {@link #mapForRemoval}.
   */
  public static DesiredCluster map(GuestIntrospection gi, PartnerSolutionSpec partner, Map<String, String> ovfValues,
                                   DownloadCertificates.Pems downloadPems, PlacementRefs placement) {
    GuestIntrospectionSpec spec = gi.getSpec();
    var sva = partner.getSva();
    var mux = partner.getMux();
    String prefix = sva.getAgentVmNamePrefix() != null ? sva.getAgentVmNamePrefix() : gi.getMetadata().getName();
    AgencySpec agency = new AgencySpec(placement.clusterRef(), sva.getOvfUrl(), ovfValues, mux.getVibUrl(),
        sva.getDiskProvisioning() == null ? null : sva.getDiskProvisioning().wireName(), prefix,
        placement.datastoreRefs(), placement.networkRefs(), placement.folderRef(), placement.datacenterRef(),
        placement.resourcePoolRef(), List.of())
        .withDownloadTrust(downloadPems == null ? null : downloadTrust(sva.getDownloadTls(), downloadPems.ovf()),
            downloadPems == null ? null : downloadTrust(mux.getDownloadTls(), downloadPems.vib()));
    var health = spec.getHealthPolicy();
    var redeploy = spec.getRedeployPolicy();
    var ops = spec.getHostOperations();
    return new DesiredCluster(
        AgencyNames.of(gi.getMetadata().getNamespace(), gi.getMetadata().getName()),
        agency,
        new VibRef(mux.getVibName() == null ? "epsec-mux" : mux.getVibName(), mux.getVersion()),
        partner.getVersion(),
        compatibility(gi, partner),
        new HealthPolicy(duration(health == null ? null : health.getServiceDownTimeout(), Duration.ofMinutes(10)),
            duration(health == null ? null : health.getHeartbeatTimeout(), Duration.ofMinutes(5))),
        new RedeployPolicy(value(redeploy == null ? null : redeploy.getMaxUnavailable(), 1),
            value(redeploy == null ? null : redeploy.getMaxRedeploysPerHostPerHour(), 3)),
        new HostOperationsPolicy(ops != null && Boolean.TRUE.equals(ops.getAllowMaintenanceMode()),
            ops != null && Boolean.TRUE.equals(ops.getAllowReboot())),
        Boolean.TRUE.equals(spec.getPaused()),
        partner.getSolutionManager() != null && partner.getSolutionManager().getUrl() != null,
        remediations(spec));
  }

  static CompatibilityMatrix compatibility(GuestIntrospection gi, PartnerSolutionSpec partner) {
    var matrix = partner.getCompatibility();
    var policy = gi.getSpec().getCompatibility() != null
        && gi.getSpec().getCompatibility().getIncompatibleHosts() == IncompatibleHostsAction.BLOCK_CLUSTER
        ? IncompatiblePolicy.BlockCluster : IncompatiblePolicy.Skip;
    if (matrix == null) {
      return new CompatibilityMatrix(List.of(), List.of(), policy);
    }
    List<EsxiRule> esxi = matrix.getEsxi() == null ? List.of() : matrix.getEsxi().stream()
        .map(v -> new EsxiRule(pattern(v.getVersion()), v.getMinBuild(), v.getMaxBuild())).toList();
    List<String> vc = matrix.getVcenter() == null ? List.of() : matrix.getVcenter().stream()
        .map(SupportedVersion::getVersion).map(DesiredClusterMapper::pattern).toList();
    return new CompatibilityMatrix(esxi, vc, policy);
  }

  /** The CRD documents {@code 8.0.x}; the planner's patterns use {@code *}. */
  static String pattern(String version) {
    if (version == null) {
      return null;
    }
    return Arrays.stream(version.trim().split("\\."))
        .map(s -> s.equalsIgnoreCase("x") ? "*" : s)
        .collect(Collectors.joining("."));
  }

  /**
   * The CRD's downloadTls to EAM's trust: insecure → any certificate, certificate or the PEM read from
   * certificateFrom ({@code resolvedPem}) → pinned; unset → null.
   */
  static DownloadTrust downloadTrust(DownloadTls tls, String resolvedPem) {
    if (tls == null) {
      return null;
    }
    if (Boolean.TRUE.equals(tls.getInsecure())) {
      return DownloadTrust.any();
    }
    if (tls.getCertificateFrom() != null) {
      if (resolvedPem == null || resolvedPem.isBlank()) {
        // never fall back to "no trust": the caller resolves certificateFrom or fails the reconcile
        throw new IllegalStateException("downloadTls.certificateFrom was not resolved");
      }
      return DownloadTrust.pinned(resolvedPem);
    }
    return tls.getCertificate() == null || tls.getCertificate().isBlank() ? null
        : DownloadTrust.pinned(tls.getCertificate());
  }

  private static List<RemediationRequest> remediations(GuestIntrospectionSpec spec) {
    if (spec.getRemediations() == null) {
      return List.of();
    }
    return spec.getRemediations().stream()
        .map(r -> new RemediationRequest(r.getId(), switch (r.getAction()) {
          case RECREATE_SVA -> RemediationAction.RecreateSva;
          case REINSTALL_MUX -> RemediationAction.ReinstallMux;
        }, r.getHost()))
        .toList();
  }

  private static Duration duration(String text, Duration fallback) {
    return text == null || text.isBlank() ? fallback : DurationString.parse(text.trim());
  }

  private static int value(Integer v, int fallback) {
    return v == null ? fallback : v;
  }
}
