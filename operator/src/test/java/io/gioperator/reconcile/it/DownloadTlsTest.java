package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.DownloadTls;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VCenterTarget;
import io.gioperator.vsphere.session.VSphereClientConfig;
import io.gioperator.vsphere.tls.TlsTrust;
import io.gioperator.vsphere.types.eam.AgentConfigInfo;
import io.gioperator.vsphere.types.eam.AgentSslTrust;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;
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

    h.client().resources(PartnerSolution.class).inNamespace(GiHarness.NS).withName(GiHarness.PARTNER).edit(ps -> {
      DownloadTls tls = new DownloadTls();
      tls.setCertificate(DEPOT_PEM);
      ps.getSpec().getSva().setDownloadTls(tls);
      return ps;
    });
    h.awaitReady(GI);

    assertThat(h.hosts(GI)).allSatisfy(x -> assertThat(x.getIssues()).isEmpty());
    assertThat(h.condition(GI, "Compatible").getStatus().wireName()).isEqualTo("True");
    List<AgentConfigInfo> stored = readBackAgentConfigs();
    assertThat(stored).isNotEmpty().allSatisfy(c -> {
      assertThat(c.ovfSslTrust()).isEqualTo(AgentSslTrust.pinned(DEPOT_PEM.strip()));
      assertThat(c.vibSslTrust()).isNull();
    });
  }

  /** The agency config as EAM (the simulator) stores it, read over SOAP with the client. */
  private List<AgentConfigInfo> readBackAgentConfigs() {
    try (var pool = new VCenterSessionPool(VSphereClientConfig.defaults(), new SimpleMeterRegistry())) {
      var vc = pool.connect(new VCenterTarget(URI.create(h.sim.vcenterUrl().replaceFirst("/sdk$", "")),
          h.sim.username(), h.sim.password(), TlsTrust.pinned(h.sim.thumbprint())));
      return vc.agencies().findByName("gi-operator/" + GiHarness.NS + "/" + GI).orElseThrow().config().agentConfig();
    }
  }
}
