package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.HostStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviours 2 and 7: incompatible hosts, hosts added, removed and in maintenance mode. */
class HostsTest {

  private static final String GI = "cluster-01";
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
  void incompatibleHostIsNamedAndGetsNothingAndBlockClusterDeploysNothing() {
    h.sim.control().addHost("Cluster-01", "esx-old.lab.local", "6.7.0", "8169922");
    var gi = h.newGi(GI, "  compatibility: {incompatibleHosts: BlockCluster}");
    h.create(gi);
    Await.until(GiHarness.WAIT, "Compatible=False naming the host", () -> {
      var c = h.condition(GI, "Compatible");
      return c != null && "False".equals(c.getStatus().wireName()) && c.getMessage().contains("esx-old.lab.local");
    }, () -> h.describe(GI));
    assertThat(h.isTrue(GI, "Stalled")).isTrue();
    assertThat(h.agency(GI)).as("BlockCluster: no agency").isNull();

    h.edit(GI, r -> {
      r.getSpec().getCompatibility().setIncompatibleHosts(io.gioperator.api.v1alpha1.IncompatibleHostsAction.SKIP);
      return r;
    });
    h.awaitReady(GI);
    HostStatus old = h.hosts(GI).stream().filter(x -> x.getName().equals("esx-old.lab.local")).findFirst()
        .orElseThrow();
    assertThat(old.getStep()).isEqualTo(HostStep.INCOMPATIBLE);
    assertThat(old.getMessage()).contains("6.7.0");
    assertThat(h.audit().vms()).noneMatch(vm -> vm.host().equals(h.sim.control().hostId("esx-old.lab.local"))
        && vm.name().startsWith("dsva"));
    assertThat(h.audit().host("esx-old.lab.local").vibs()).noneMatch(v -> "epsec-mux".equals(v.name()));
    assertThat(h.gi(GI).getStatus().getReadyHosts()).isEqualTo("2/2");
  }

  @Test
  void addedHostGetsAnSvaRemovedHostIsDeregisteredMaintenanceIsReported() {
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);

    h.sim.control().addHost("Cluster-01", "esx-01-09.lab.local", "8.0.2", "22380479");
    Await.until(GiHarness.WAIT, "the new host Ready", () -> h.hosts(GI).stream()
        .anyMatch(x -> x.getName().equals("esx-01-09.lab.local") && x.getStep() == HostStep.READY)
        && h.isTrue(GI, "Ready"), () -> h.describe(GI));
    assertThat(h.audit().partnerRegistrations()).hasSize(3);

    String removedHostId = h.sim.control().hostId("esx-01-09.lab.local");
    h.sim.control().removeHost("esx-01-09.lab.local");
    Await.until(GiHarness.WAIT, "its registration removed", () -> h.audit().partnerRegistrations().stream()
        .noneMatch(r -> removedHostId.equals(String.valueOf(r.get("hostId")))), () -> h.audit().partnerRegistrations());
    Await.until(GiHarness.WAIT, "its row gone", () -> h.hosts(GI).stream()
        .noneMatch(x -> x.getName().equals("esx-01-09.lab.local")), () -> h.describe(GI));

    h.sim.control().enterMaintenance("esx-01-02.lab.local");
    Await.until(GiHarness.WAIT, "InMaintenance reported", () -> h.hosts(GI).stream()
        .anyMatch(x -> x.getName().equals("esx-01-02.lab.local") && x.getStep() == HostStep.IN_MAINTENANCE),
        () -> h.describe(GI));
    assertThat(h.gi(GI).getStatus().getReadyHosts()).isEqualTo("1/1");
  }
}
