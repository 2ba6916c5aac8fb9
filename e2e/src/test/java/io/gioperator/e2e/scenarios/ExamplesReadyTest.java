package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.eam.AgencySnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/examples applied as shipped (pointed at the simulator) → Ready, and everything behind Ready is real. */
class ExamplesReadyTest extends ScenarioBase {

  static final int HOSTS = 3;

  @BeforeAll
  static void start() {
    startEnvironment(ExamplesReadyTest.class, E2eEnvironment.simulator(1, HOSTS).build());
  }

  @Test
  void theExamplesBecomeReadyWithMuxSvaRegistrationAndHealthyServiceOnEveryHost() {
    Tenant t = tenant("gi-examples", 1).apply();

    t.awaitReady(HOSTS);

    GuestIntrospection gi = t.gi();
    for (String type : List.of("VCenterConnected", "Compatible", "AgencyReady", "MuxInstalled", "SvaDeployed",
        "SvaPoweredOn", "PartnerRegistered", "ServiceHealthy")) {
      assertThat(Tenant.condition(gi, type)).as(type).get()
          .extracting(c -> c.getStatus()).isEqualTo(ConditionStatus.TRUE);
    }
    assertThat(Tenant.condition(gi, "Reconciling")).get().extracting(c -> c.getStatus())
        .isEqualTo(ConditionStatus.FALSE);
    assertThat(Tenant.condition(gi, "Stalled")).get().extracting(c -> c.getStatus())
        .isEqualTo(ConditionStatus.FALSE);
    assertThat(gi.getStatus().getHosts()).hasSize(HOSTS).allSatisfy(h -> {
      assertThat(h.getStep()).isEqualTo(HostStep.READY);
      assertThat(h.getMuxVibVersion()).isEqualTo("7.0.3");
      assertThat(h.getSva().getPowerState()).isEqualTo("poweredOn");
      assertThat(h.getSva().getIpAddress()).isNotBlank();
      assertThat(h.getPartner().getRegistrationId()).isNotBlank();
      assertThat(h.getPartner().getServiceStatus()).isEqualTo("UP");
    });

    // The simulator agrees: one agency of ours, one powered-on SVA per host from the OVF, the Mux VIB
    // installed by that agency on every host, and one registration per SVA.
    Audit audit = t.sim().audit();
    List<AgencySnapshot> ours = audit.agencies().stream()
        .filter(a -> a.agencyName().equals(t.agencyName())).toList();
    assertThat(ours).hasSize(1);
    AgencySnapshot agency = ours.get(0);
    assertThat(agency.goalState()).isEqualTo("enabled");
    assertThat(agency.ovfUrls()).containsExactly("https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf");
    assertThat(agency.ovfPropertyKeys()).contains("dsm.address", "dsm.token");
    List<Audit.VmEntry> svas = audit.vmsOwnedBy(agency.id());
    assertThat(svas).hasSize(HOSTS).allSatisfy(vm -> assertThat(vm.powerState()).isEqualTo("poweredOn"));
    assertThat(svas.stream().map(Audit.VmEntry::host).distinct()).hasSize(HOSTS);
    assertThat(svas).extracting(Audit.VmEntry::folder).allSatisfy(f -> assertThat(f).contains("GuestIntrospection"));
    assertThat(audit.hosts().stream().filter(h -> t.clusterName().equals(h.cluster())))
        .hasSize(HOSTS)
        .allSatisfy(h -> assertThat(h.vibs()).anySatisfy(v -> {
          assertThat(v.name()).isEqualTo("epsec-mux");
          assertThat(v.version()).isEqualTo("7.0.3");
          assertThat(v.installedBy()).isEqualTo(agency.id());
        }));
    List<String> statusVms = gi.getStatus().getHosts().stream().map(h -> h.getSva().getVmMoref()).toList();
    assertThat(statusVms).containsExactlyInAnyOrderElementsOf(svas.stream().map(Audit.VmEntry::id).toList());
    assertThat(audit.partnerRegistrations()).hasSize(HOSTS);

    // Events and metrics tell the same story.
    assertThat(t.events("CreateAgency")).hasSize(1);
    assertThat(t.events("RegisterSva")).isNotEmpty();
    assertThat(t.events("Ready")).hasSize(1);
    assertThat(t.metric("gi_guestintrospection_ready", Map.of())).isEqualTo(1.0);
    assertThat(t.metric("gi_guestintrospection_hosts_ready", Map.of())).isEqualTo(HOSTS);
    assertThat(t.metric("gi_guestintrospection_hosts_in_scope", Map.of())).isEqualTo(HOSTS);
    assertThat(t.metric("gi_partner_service_hosts", Map.of("status", "UP"))).isEqualTo(HOSTS);
    assertThat(t.vcenter().getStatus().getConditions()).anySatisfy(c -> {
      assertThat(c.getType()).isEqualTo("Connected");
      assertThat(c.getStatus()).isEqualTo(ConditionStatus.TRUE);
    });
  }

  static HostStatus first(GuestIntrospection gi) {
    return gi.getStatus().getHosts().get(0);
  }
}
