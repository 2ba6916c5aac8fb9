package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.DownloadTls;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.vsphere.types.eam.AgentConfigInfo;
import io.gioperator.vsphere.types.eam.AgentSslTrust;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An OVF depot with a private CA: CertificateNotTrusted on every host until spec.sva.downloadTls pins it. */
class DownloadTlsTest {

  private static final String GI = "cluster-01";
  private static final String OVF = "https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf";
  private static final String DEPOT_PEM = "-----BEGIN CERTIFICATE-----\nMIIBqTCCAU6gAwIBAgIUdepotPrivateCA\n"
      + "-----END CERTIFICATE-----\n";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void privateCaDepotReportsCertificateNotTrustedUntilTheCertificateIsPinned() {
    h.sim.control().catalogueServerCertificate(OVF, DEPOT_PEM);
    h.create(h.newGi(GI, null));

    Await.until(GiHarness.WAIT, "every host shows EAM's CertificateNotTrusted", () -> {
      var hosts = h.hosts(GI);
      return hosts.size() == 2 && hosts.stream().allMatch(x -> x.getIssues().stream()
          .anyMatch(i -> "CertificateNotTrusted".equals(i.getType())
              && i.getText().contains("SSL trust verification of the server's certificate")));
    }, () -> h.describe(GI));
    assertThat(h.isTrue(GI, "Ready")).isFalse();
    assertThat(h.audit().vms()).noneMatch(vm -> vm.name().startsWith("dsva"));

    h.editPartner(ps -> {
      DownloadTls tls = new DownloadTls();
      tls.setCertificate(DEPOT_PEM);
      ps.getSpec().getSva().setDownloadTls(tls);
      return ps;
    });
    h.awaitReady(GI);

    assertThat(h.hosts(GI)).allSatisfy(x -> assertThat(x.getIssues()).isEmpty());
    assertThat(h.condition(GI, "Compatible").getStatus().wireName()).isEqualTo("True");
    List<AgentConfigInfo> stored = h.storedAgentConfigs(GI);
    assertThat(stored).isNotEmpty().allSatisfy(c -> {
      assertThat(c.ovfSslTrust()).isEqualTo(AgentSslTrust.pinned(DEPOT_PEM.strip()));
      assertThat(c.vibSslTrust()).isNull();
    });
  }

  /** Waits for a GuestIntrospection condition with reason DownloadCertificateInvalid whose message has all parts. */
  private void awaitInvalidCertificate(String... parts) {
    Await.until(GiHarness.WAIT, "a condition DownloadCertificateInvalid naming " + String.join(", ", parts), () -> {
      var gi = h.gi(GI);
      return gi != null && gi.getStatus() != null && gi.getStatus().getConditions() != null
          && gi.getStatus().getConditions().stream().anyMatch(c -> "DownloadCertificateInvalid".equals(c.getReason())
          && java.util.Arrays.stream(parts).allMatch(c.getMessage()::contains));
    }, () -> h.describe(GI));
  }

  @Test
  void aChainIsRefusedInlineAndFromASecretAlikeUntilOneCertificateIsPinned() {
    h.sim.control().catalogueServerCertificate(OVF, DEPOT_PEM);
    String chain = DEPOT_PEM + DEPOT_PEM.replace("depotPrivateCA", "intermediateCA");
    h.editPartner(ps -> {
      DownloadTls tls = new DownloadTls();
      tls.setCertificate(chain); // as if stored before the CRD refused chains (the mock API server has no CEL)
      ps.getSpec().getSva().setDownloadTls(tls);
      return ps;
    });
    h.create(h.newGi(GI, null));

    awaitInvalidCertificate("spec.sva.downloadTls.certificate holds 2 certificates", "EAM pins exactly one",
        "not its CA chain");
    assertThat(h.agency(GI)).as("nothing is sent to EAM with a spec EAM cannot take").isNull();
    Await.until(GiHarness.WAIT, "the PartnerSolution is not Valid and names the field", () -> {
      var ps = h.client().resources(PartnerSolution.class).inNamespace(GiHarness.NS).withName(GiHarness.PARTNER)
          .get();
      return ps.getStatus() != null && ps.getStatus().getConditions() != null && ps.getStatus().getConditions()
          .stream().anyMatch(c -> "Valid".equals(c.getType()) && "InvalidSpec".equals(c.getReason())
              && c.getMessage().contains("spec.sva.downloadTls.certificate holds 2 certificates"));
    }, () -> Serialization.asYaml(h.client().resources(PartnerSolution.class).inNamespace(GiHarness.NS)
        .withName(GiHarness.PARTNER).get().getStatus()));

    h.secret("depot-cert", Map.of("tls.crt", chain));
    h.editPartner(ps -> {
      ps.getSpec().getSva().setDownloadTls(Serialization.unmarshal(
          "---\n{certificateFrom: {secretKeyRef: {name: depot-cert, key: tls.crt}}}", DownloadTls.class));
      return ps;
    });
    awaitInvalidCertificate("Secret " + GiHarness.NS + "/depot-cert key tls.crt",
        "spec.sva.downloadTls.certificateFrom) holds 2 certificates", "EAM pins exactly one", "not its CA chain");
    assertThat(h.agency(GI)).isNull();

    h.secret("depot-cert", Map.of("tls.crt", DEPOT_PEM));
    h.awaitReady(GI);
    assertThat(h.storedAgentConfigs(GI)).isNotEmpty().allSatisfy(c ->
        assertThat(c.ovfSslTrust()).isEqualTo(AgentSslTrust.pinned(DEPOT_PEM.strip())));
  }

  @Test
  void aCertificateFromAMissingSecretStopsTheReconcileUntilTheSecretExists() {
    h.sim.control().catalogueServerCertificate(OVF, DEPOT_PEM);
    h.editPartner(ps -> {
      ps.getSpec().getSva().setDownloadTls(Serialization.unmarshal(
          "---\n{certificateFrom: {secretKeyRef: {name: depot-cert, key: tls.crt}}}", DownloadTls.class));
      return ps;
    });
    h.create(h.newGi(GI, null));

    Await.until(GiHarness.WAIT, "a condition names the missing Secret and the field", () -> {
      var gi = h.gi(GI);
      return gi != null && gi.getStatus() != null && gi.getStatus().getConditions() != null
          && gi.getStatus().getConditions().stream().anyMatch(c -> "SecretNotFound".equals(c.getReason())
          && c.getMessage().contains("Secret " + GiHarness.NS + "/depot-cert")
          && c.getMessage().contains("spec.sva.downloadTls.certificateFrom"));
    }, () -> h.describe(GI));
    assertThat(h.isTrue(GI, "Ready")).isFalse();
    assertThat(h.agency(GI)).as("no agency is created without the pinned certificate").isNull();
    assertThat(h.audit().vms()).noneMatch(vm -> vm.name().startsWith("dsva"));
    Await.until(GiHarness.WAIT, "the PartnerSolution is not Valid and names the Secret", () -> {
      var ps = h.client().resources(PartnerSolution.class).inNamespace(GiHarness.NS).withName(GiHarness.PARTNER)
          .get();
      return ps.getStatus() != null && ps.getStatus().getConditions() != null && ps.getStatus().getConditions()
          .stream().anyMatch(c -> "Valid".equals(c.getType()) && "False".equals(c.getStatus().wireName())
              && c.getMessage().contains("depot-cert"));
    }, () -> Serialization.asYaml(h.client().resources(PartnerSolution.class).inNamespace(GiHarness.NS)
        .withName(GiHarness.PARTNER).get().getStatus()));

    h.secret("depot-cert", Map.of("tls.crt", DEPOT_PEM));
    h.awaitReady(GI);

    assertThat(h.hosts(GI)).allSatisfy(x -> assertThat(x.getIssues()).isEmpty());
    assertThat(h.storedAgentConfigs(GI)).isNotEmpty().allSatisfy(c -> {
      assertThat(c.ovfSslTrust()).isEqualTo(AgentSslTrust.pinned(DEPOT_PEM.strip()));
      assertThat(c.vibSslTrust()).isNull();
    });
  }
}
