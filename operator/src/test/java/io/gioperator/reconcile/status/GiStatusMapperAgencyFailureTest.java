package io.gioperator.reconcile.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospectionStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed agency action replaces what the plan said about the agency, and nothing else. */
class GiStatusMapperAgencyFailureTest {

  private static GuestIntrospectionStatus status(ConditionStatus agency, String agencyReason, String readyReason) {
    GuestIntrospectionStatus s = new GuestIntrospectionStatus();
    s.setConditions(new ArrayList<>(List.of(
        Conditions.of("AgencyReady", agency, agencyReason, "agency gi-operator/gi/c1 not found; creating it"),
        Conditions.of("Ready", ConditionStatus.FALSE, readyReason, "x"),
        Conditions.of("MuxInstalled", ConditionStatus.FALSE, "MuxNotInstalled", "0 of 2 hosts have Mux"))));
    return s;
  }

  @Test
  void agencyReadyAndAReadyWaitingForTheAgencyCarryTheFailure() {
    var s = GiStatusMapper.withAgencyFailure(status(ConditionStatus.FALSE, "AgencyNotFound", "AgencyNotReady"),
        "DownloadCertificateNotTrusted", "CreateAgency failed: https://depot/x.ovf");

    assertThat(s.getConditions()).filteredOn(c -> !c.getType().equals("MuxInstalled")).allSatisfy(c -> {
      assertThat(c.getReason()).isEqualTo("DownloadCertificateNotTrusted");
      assertThat(c.getMessage()).isEqualTo("CreateAgency failed: https://depot/x.ovf");
      assertThat(c.getStatus()).isEqualTo(ConditionStatus.FALSE);
    });
    assertThat(s.getConditions()).filteredOn(c -> c.getType().equals("MuxInstalled"))
        .singleElement().satisfies(c -> assertThat(c.getReason()).isEqualTo("MuxNotInstalled"));
  }

  @Test
  void aReadyFalseForHostsAndATrueAgencyReadyAreLeftAlone() {
    var s = GiStatusMapper.withAgencyFailure(status(ConditionStatus.TRUE, "AgencyGreen", "HostsNotReady"),
        "EamFault", "Agency_Enable failed");

    assertThat(s.getConditions()).extracting(c -> c.getReason())
        .containsExactly("AgencyGreen", "HostsNotReady", "MuxNotInstalled");
  }
}
