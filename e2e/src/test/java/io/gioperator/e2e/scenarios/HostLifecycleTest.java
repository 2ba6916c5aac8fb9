package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.control.Audit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hosts come and go and go into maintenance: the operator follows the cluster, and never fights an admin. */
class HostLifecycleTest extends ScenarioBase {

  @BeforeAll
  static void start() {
    startEnvironment(HostLifecycleTest.class, E2eEnvironment.simulator(2, 4).build());
  }

  @Test
  void aClusterGrownFromFourToEightHostsAndShrunkBackFollowsItsHosts() {
    Tenant t = tenant("gi-grow", 1).apply();
    t.awaitReady(4);

    List<String> added = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String id = t.sim().control().addHost(t.clusterName(), null, "8.0.2", "22380479");
      added.add(t.sim().audit().hosts().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().name());
    }
    t.awaitReady(8);
    Audit grown = t.sim().audit();
    String agency = grown.agency(t.agencyName()).id();
    assertThat(grown.vmsOwnedBy(agency)).hasSize(8)
        .allSatisfy(vm -> assertThat(vm.powerState()).isEqualTo("poweredOn"));
    assertThat(grown.partnerRegistrations()).hasSize(8);
    assertThat(added).allSatisfy(h -> assertThat(grown.host(h).vibs()).anySatisfy(v ->
        assertThat(v.name()).isEqualTo("epsec-mux")));
    assertThat(t.metric("gi_guestintrospection_hosts_ready", Map.of())).isEqualTo(8);

    added.forEach(h -> t.sim().control().removeHost(h));
    t.awaitReady(4);
    Await.until("the removed hosts' registrations gone", Duration.ofSeconds(60),
        () -> t.sim().audit().partnerRegistrations().size() == 4, t::diagnostic);
    Audit shrunk = t.sim().audit();
    assertThat(shrunk.vmsOwnedBy(agency)).hasSize(4);
    assertThat(t.gi().getStatus().getHosts()).hasSize(4)
        .allSatisfy(h -> assertThat(added).doesNotContain(h.getName()));
    assertThat(shrunk.agencies().stream().filter(a -> a.agencyName().equals(t.agencyName()))).hasSize(1);
  }

  @Test
  void aHostInMaintenanceModeIsReportedNotRepairedAndRejoinsWhenItComesOut() {
    Tenant t = tenant("gi-maint", 2).apply();
    t.awaitReady(4);
    String host = t.gi().getStatus().getHosts().get(0).getName();
    String vmBefore = t.host(host).orElseThrow().getSva().getVmMoref();
    long recreationsBefore = (long) t.metric("gi_sva_recreations_total", Map.of());

    t.sim().control().enterMaintenance(host);
    t.awaitGi(host + " InMaintenance, not judged", Duration.ofSeconds(60), gi ->
        Tenant.host(gi, host).map(h -> h.getStep() == HostStep.IN_MAINTENANCE).orElse(false)
            && "3/3".equals(gi.getStatus().getReadyHosts()));
    assertThat(t.isTrue("Ready")).as("hosts in an admin's maintenance mode do not make Ready false").isTrue();
    assertThat(t.metric("gi_guestintrospection_hosts", Map.of("step", "InMaintenance"))).isEqualTo(1);

    t.sim().control().exitMaintenance(host);
    t.awaitReady(4);
    // EAM powered the same SVA off and on again; the operator did not re-create it.
    assertThat(t.host(host).orElseThrow().getSva().getVmMoref()).isEqualTo(vmBefore);
    assertThat((long) t.metric("gi_sva_recreations_total", Map.of())).isEqualTo(recreationsBefore);
    assertThat(t.events("RecreateSva")).isEmpty();
  }
}
