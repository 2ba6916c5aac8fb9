package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.DownloadTrust;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** spec.sva/mux.downloadTls: carried into the agency config, compared, and left out on vCenters before 8.0.2. */
class DownloadTrustPlanTest {

  private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBdepot\n-----END CERTIFICATE-----";

  private static AgencySpec spec(DownloadTrust ovf, DownloadTrust vib) {
    return new AgencySpec("domain-c8", "https://depot/sva.ovf", Map.of(), "https://depot/mux.zip", "thin", "gi",
        List.of(), List.of(), null, null, null, List.of("8.0.2")).withDownloadTrust(ovf, vib);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.0.2", "8.0.3", "8.0.2.00300", "9.0.0"})
  void vCenter802AndNewerGetTheTrustsAsSpecified(String version) {
    AgencySpec desired = spec(DownloadTrust.pinned(PEM), DownloadTrust.any());
    DownloadTrustGate.Result r = DownloadTrustGate.apply(desired, version);
    assertThat(r.spec()).isEqualTo(desired);
    assertThat(r.message()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.0.1", "8.0", "7.0.3"})
  void olderVCentersGetNoTrustAndTheMessageNamesTheFieldAndVersion(String version) {
    DownloadTrustGate.Result r = DownloadTrustGate.apply(spec(DownloadTrust.pinned(PEM), null), version);
    assertThat(r.spec().ovfTrust()).isNull();
    assertThat(r.spec().hasDownloadTrust()).isFalse();
    assertThat(r.message()).startsWith("spec.sva.downloadTls of the PartnerSolution need vCenter 8.0.2")
        .contains("vCenter is " + version).doesNotContain("spec.mux");
    assertThat(DownloadTrustGate.apply(spec(DownloadTrust.any(), DownloadTrust.any()), version).message())
        .startsWith("spec.sva.downloadTls and spec.mux.downloadTls");
    assertThat(DownloadTrustGate.apply(spec(null, DownloadTrust.any()), version).message())
        .startsWith("spec.mux.downloadTls ");
  }

  @Test
  void anUnknownVersionIsTreatedAsTooOldAndNoTrustNeedsNoVersion() {
    assertThat(DownloadTrustGate.apply(spec(DownloadTrust.any(), null), null).message()).contains("unknown version");
    assertThat(DownloadTrustGate.apply(spec(null, null), "7.0.3").message()).isNull();
  }

  @Test
  void aTrustMissingInEamIsAConfigDifferenceThatUpdatesTheAgency() {
    Scenario s = Scenario.converged("esx-01");
    s.world.agencyConfig = s.agencySpec().withHostVersions(List.of("8.0.2"));
    s.ovfTrust = DownloadTrust.pinned(PEM);
    s.plan();

    assertThat(s.actions(Action.UpdateAgency.class)).singleElement().satisfies(u -> {
      assertThat(u.spec().ovfTrust()).isEqualTo(DownloadTrust.pinned(PEM + "\n"));
      assertThat(u.spec().vibTrust()).isNull();
      assertThat(u.reason()).contains("ovfDownloadTls").doesNotContain("BEGIN CERTIFICATE");
    });
    assertThat(s.last.condition(Condition.COMPATIBLE).isTrue()).isTrue();
  }

  @Test
  void onAnOlderVCenterTheAgencyIsKeptWithoutTrustAndCompatibleSaysWhy() {
    Scenario s = Scenario.converged("esx-01");
    s.world.vcenterVersion = "8.0.1";
    s.world.agencyConfig = s.agencySpec().withHostVersions(List.of("8.0.2"));
    s.vibTrust = DownloadTrust.any();
    s.plan();

    assertThat(s.actions(Action.UpdateAgency.class)).isEmpty();
    Condition compatible = s.last.condition(Condition.COMPATIBLE);
    assertThat(compatible.isTrue()).isFalse();
    assertThat(compatible.reason()).isEqualTo("DownloadTlsUnsupported");
    assertThat(compatible.message()).contains("spec.mux.downloadTls").contains("8.0.2").contains("8.0.1");
    assertThat(s.last.condition(Condition.READY).isTrue()).isTrue();
  }
}
