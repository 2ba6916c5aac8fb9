package io.gioperator.reconcile.desired;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.DownloadTrust;
import io.gioperator.reconcile.model.EsxiRule;
import io.gioperator.reconcile.model.IncompatiblePolicy;
import io.gioperator.reconcile.model.RemediationAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesiredClusterMapperTest {

  private static final PartnerSolution PARTNER = Serialization.unmarshal(String.join("\n",
      "apiVersion: gi-operator.io/v1alpha1",
      "kind: PartnerSolution",
      "metadata: {name: ds, namespace: ns}",
      "spec:",
      "  vendor: V",
      "  product: P",
      "  version: 20.0.1",
      "  sva: {ovfUrl: 'https://d/sva.ovf', diskProvisioning: thick}",
      "  mux: {vibUrl: 'https://d/mux.zip', version: 7.0.3}",
      "  compatibility:",
      "    esxi: [{version: 8.0.x, minBuild: 100}, {version: 7.0.3}]",
      "    vcenter: [{version: 8.x}]"), PartnerSolution.class);

  private static GuestIntrospection gi(String extra) {
    return Serialization.unmarshal(String.join("\n",
        "apiVersion: gi-operator.io/v1alpha1",
        "kind: GuestIntrospection",
        "metadata: {name: c1, namespace: ns}",
        "spec:",
        "  vcenterRef: {name: vc}",
        "  cluster: /DC1/host/C1",
        "  partnerRef: {name: ds}",
        "  healthPolicy: {serviceDownTimeout: 2m, heartbeatTimeout: 90s}",
        extra), GuestIntrospection.class);
  }

  private static final PlacementRefs PLACEMENT = new PlacementRefs("ClusterComputeResource:domain-c1",
      "Datacenter:dc-1", List.of("Datastore:ds-1"), List.of("Network:net-1"), "Folder:f-1", "ResourcePool:rp-1");

  @Test
  void downloadTlsBecomesTheAgencysDownloadTrust() {
    assertThat(DesiredClusterMapper.map(gi(""), PARTNER.getSpec(), Map.of(), PLACEMENT).agencySpec()
        .hasDownloadTrust()).isFalse();
    PartnerSolution partner = Serialization.clone(PARTNER);
    io.gioperator.api.v1alpha1.DownloadTls pinned = new io.gioperator.api.v1alpha1.DownloadTls();
    pinned.setCertificate("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    io.gioperator.api.v1alpha1.DownloadTls insecure = new io.gioperator.api.v1alpha1.DownloadTls();
    insecure.setInsecure(true);
    partner.getSpec().getSva().setDownloadTls(pinned);
    partner.getSpec().getMux().setDownloadTls(insecure);

    var spec = DesiredClusterMapper.map(gi(""), partner.getSpec(), Map.of(), PLACEMENT).agencySpec();

    assertThat(spec.ovfTrust()).isEqualTo(DownloadTrust.pinned("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"));
    assertThat(spec.vibTrust()).isEqualTo(DownloadTrust.any());
  }

  @Test
  void certificateFromPinsTheResolvedPemAndNeverFallsBackToNoTrust() {
    PartnerSolution partner = Serialization.clone(PARTNER);
    var from = new io.gioperator.api.v1alpha1.DownloadTls();
    var source = new io.gioperator.api.v1alpha1.CaBundleSource();
    var ref = new io.gioperator.api.v1alpha1.KeyReference();
    ref.setName("depot-cert");
    ref.setKey("tls.crt");
    source.setSecretKeyRef(ref);
    from.setCertificateFrom(source);
    partner.getSpec().getMux().setDownloadTls(from);
    String pem = "-----BEGIN CERTIFICATE-----\nMIIBmux\n-----END CERTIFICATE-----\n";

    var spec = DesiredClusterMapper.map(gi(""), partner.getSpec(), Map.of(),
        new io.gioperator.reconcile.refs.DownloadCertificates.Pems(null, pem), PLACEMENT).agencySpec();

    assertThat(spec.vibTrust()).isEqualTo(DownloadTrust.pinned(pem));
    assertThat(spec.ovfTrust()).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> DesiredClusterMapper.map(gi(""), partner.getSpec(), Map.of(), PLACEMENT))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void mapsSpecPartnerSecretsAndPlacement() {
    DesiredCluster d = DesiredClusterMapper.map(gi(String.join("\n",
            "  compatibility: {incompatibleHosts: BlockCluster}",
            "  hostOperations: {allowMaintenanceMode: true}",
            "  remediations: [{id: r1, action: ReinstallMux, host: esx-1}]")),
        PARTNER.getSpec(), Map.of("dsm.token", "secret-value"), PLACEMENT);

    assertThat(d.agencyName()).isEqualTo("gi-operator/ns/c1");
    assertThat(d.agencySpec().clusterRef()).isEqualTo("ClusterComputeResource:domain-c1");
    assertThat(d.agencySpec().ovfProperties()).containsEntry("dsm.token", "secret-value");
    assertThat(d.agencySpec().toString()).doesNotContain("secret-value");
    assertThat(d.agencySpec().diskProvisioning()).isEqualTo("thick");
    assertThat(d.agencySpec().agentVmNamePrefix()).as("defaults to the resource name").isEqualTo("c1");
    assertThat(d.muxVib().name()).isEqualTo("epsec-mux");
    assertThat(d.muxVib().version()).isEqualTo("7.0.3");
    assertThat(d.health().serviceDownTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(d.health().heartbeatTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(d.redeploy().maxUnavailable()).isEqualTo(1);
    assertThat(d.hostOperations().allowMaintenanceMode()).isTrue();
    assertThat(d.hostOperations().allowReboot()).isFalse();
    assertThat(d.compatibility().policy()).isEqualTo(IncompatiblePolicy.BlockCluster);
    assertThat(d.compatibility().esxi()).containsExactly(new EsxiRule("8.0.*", 100L, null), EsxiRule.of("7.0.3"));
    assertThat(d.compatibility().vcenterVersions()).containsExactly("8.*");
    assertThat(d.partnerManagerConfigured()).isFalse();
    assertThat(d.remediationRequests()).singleElement()
        .satisfies(r -> assertThat(r.action()).isEqualTo(RemediationAction.ReinstallMux));
    assertThat(d.paused()).isFalse();
  }
}
