package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.DownloadTls;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.simulator.depot.Catalogue;
import io.gioperator.vsphere.types.eam.AgentSslTrust;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EAM 8.2 refusing CreateAgency/Update with CertificateNotTrustedFault{url} (the simulator's trust check on
 * configure): the GuestIntrospection says which URL and which PartnerSolution field, and the operator retries.
 */
class DownloadTrustFaultTest {

  private static final String GI = "cluster-01";
  private static final String OVF = "https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf";
  private static final String REASON = "DownloadCertificateNotTrusted";
  private static final String DEPOT_PEM = "-----BEGIN CERTIFICATE-----\nMIIBqTCCAU6gAwIBAgIUdepotPrivateCA\n"
      + "-----END CERTIFICATE-----\n";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
    h.sim.control().eamVerifiesTrustOnConfigure(true);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private void editPartner(UnaryOperator<PartnerSolution> change) {
    h.editPartner(change);
  }

  private static DownloadTls tls(String yaml) {
    return Serialization.unmarshal("---\n" + yaml, DownloadTls.class);
  }

  private Condition awaitAgencyReadyReason(String reason) {
    Await.until(GiHarness.WAIT, "AgencyReady has reason " + reason, () -> {
      var gi = h.gi(GI);
      return gi != null && gi.getStatus() != null && gi.getStatus().getConditions() != null
          && reason.equals(h.condition(GI, "AgencyReady").getReason());
    }, () -> h.describe(GI));
    return h.condition(GI, "AgencyReady");
  }

  @Test
  void aRefusedCreateAgencyNamesTheUrlAndTheFieldAndIsRetriedUntilTheCertificateIsPinned() {
    h.sim.control().catalogueServerCertificate(OVF, DEPOT_PEM);
    h.create(h.newGi(GI, null));

    Condition agency = awaitAgencyReadyReason(REASON);
    assertThat(agency.getStatus().wireName()).isEqualTo("False");
    assertThat(agency.getMessage()).contains("CreateAgency failed", OVF,
        "pin the server's own certificate with spec.sva.downloadTls", "on the PartnerSolution")
        .doesNotContain("spec.mux.downloadTls");
    Condition ready = h.condition(GI, "Ready");
    assertThat(ready.getReason()).isEqualTo(REASON);
    assertThat(ready.getMessage()).contains(OVF);
    assertThat(h.agency(GI)).as("EAM refused the agency").isNull();
    assertThat(h.hasEvent(GI, REASON)).isTrue();
    long tries = h.sim.counters().get("eam", "CreateAgency");
    Await.until(GiHarness.WAIT, "CreateAgency is tried again",
        () -> h.sim.counters().get("eam", "CreateAgency") > tries, () -> h.describe(GI));

    editPartner(ps -> {
      ps.getSpec().getSva().setDownloadTls(tls("{certificate: \"" + DEPOT_PEM.replace("\n", "\\n") + "\"}"));
      return ps;
    });
    h.awaitReady(GI);
    assertThat(h.condition(GI, "AgencyReady").getReason()).isEqualTo("AgencyGreen");
  }

  @Test
  void aRefusedUpdateKeepsTheAgencyAsItWasAndNamesTheMuxField() {
    h.sim.control().catalogueServerCertificate(Catalogue.MUX_7_0_3, DEPOT_PEM);
    editPartner(ps -> {
      ps.getSpec().getMux().setDownloadTls(tls("{insecure: true}"));
      return ps;
    });
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);

    editPartner(ps -> {
      ps.getSpec().getMux().setDownloadTls(null);
      return ps;
    });

    Condition agency = awaitAgencyReadyReason(REASON);
    assertThat(agency.getMessage()).contains("UpdateAgency failed", Catalogue.MUX_7_0_3,
        "spec.mux.downloadTls").doesNotContain("spec.sva.downloadTls");
    assertThat(h.storedAgentConfigs(GI)).as("EAM kept the configuration it had").isNotEmpty()
        .allSatisfy(c -> assertThat(c.vibSslTrust()).isEqualTo(AgentSslTrust.anyCertificate()));
    assertThat(h.hosts(GI)).as("the hosts keep what they have").allSatisfy(x ->
        assertThat(x.getIssues()).isEmpty());
  }
}
