package io.gioperator.reconcile.partner;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.PartnerSolutionConditions;
import io.gioperator.partner.PartnerClient;
import io.gioperator.partner.PartnerClientConfig;
import io.gioperator.partner.PartnerException;
import io.gioperator.partner.PartnerMetrics;
import io.gioperator.reconcile.refs.DownloadCertificates;
import io.gioperator.reconcile.refs.GiReferences;
import io.gioperator.reconcile.refs.ReferenceException;

/**
 * One check of a PartnerSolution: reads the Secrets and ConfigMaps it names (token, OVF properties, pinned download
 * certificates) and asks its solution manager's {@code about} endpoint. A new client per check, so nothing
 * (connection, TLS session) survives from before an outage.
 * Failures of the manager and of the spec become a {@link CheckOutcome}; a failing Kubernetes API is thrown.
 */
final class SolutionManagerProbe {

  private final GiReferences references;
  private final PartnerMetrics metrics;

  SolutionManagerProbe(KubernetesClient client, PartnerMetrics metrics) {
    this.references = new GiReferences(client);
    this.metrics = metrics;
  }

  CheckOutcome check(PartnerSolution ps) {
    PartnerClientConfig config;
    try {
      // the values are not kept: only that they exist
      references.ovfProperties(ps.getMetadata().getNamespace(), ps);
      references.downloadPems(ps.getMetadata().getNamespace(), ps);
      config = references.partnerConfig(ps.getMetadata().getNamespace(), ps);
    } catch (ReferenceException e) {
      return new CheckOutcome.Invalid(DownloadCertificates.DOWNLOAD_CERTIFICATE_INVALID.equals(e.reason())
          ? PartnerSolutionStatuses.REASON_INVALID_SPEC : PartnerSolutionConditions.REASON_SECRET_NOT_FOUND,
          e.getMessage());
    } catch (IllegalArgumentException e) {
      return new CheckOutcome.Invalid(PartnerSolutionStatuses.REASON_INVALID_SPEC, e.getMessage());
    }
    if (config == null) {
      return new CheckOutcome.NoSolutionManager();
    }
    PartnerClient client;
    try {
      client = new PartnerClient(config, metrics.observer(config));
    } catch (IllegalArgumentException e) {
      return new CheckOutcome.Invalid(PartnerSolutionStatuses.REASON_INVALID_SPEC, e.getMessage());
    }
    try {
      return new CheckOutcome.Reachable(config.baseUrl().toString(), client.about());
    } catch (PartnerException e) {
      if (PartnerClient.INVALID_TOKEN.equals(e.errorCode())) {
        return new CheckOutcome.Invalid(PartnerSolutionStatuses.REASON_INVALID_SPEC, e.getMessage());
      }
      return CheckOutcome.managerFailed(e);
    }
  }
}
