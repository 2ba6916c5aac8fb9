package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.HostStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour 5: a Mux VIB that needs maintenance mode waits for permission, then goes in one host at a time. */
class MaintenanceTest {

  private static final String GI = "cluster-01";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
    h.editPartner(ps -> {
      ps.getSpec().getMux().setVibUrl("https://depot.gi.example/vmware/epsec-mux-8.0.2-offline-bundle.zip");
      ps.getSpec().getMux().setVersion("8.0.2");
      return ps;
    });
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void maintenanceModeIssueWaitsForPermissionAndIsResolvedOneHostAtATime() {
    h.create(h.newGi(GI, null));
    Await.until(GiHarness.WAIT, "hosts waiting for permission", () -> h.hosts(GI).size() == 2
        && h.hosts(GI).stream().allMatch(x -> x.getStep() == HostStep.WAITING_FOR_MAINTENANCE_MODE_PERMISSION),
        () -> h.describe(GI));
    assertThat(h.hosts(GI).get(0).getMessage()).contains("spec.hostOperations.allowMaintenanceMode");
    assertThat(h.isTrue(GI, "Stalled")).isTrue();
    assertThat(h.audit().hosts()).noneMatch(host -> host.inMaintenanceMode());

    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    h.edit(GI, gi -> {
      gi.getSpec().getHostOperations().setAllowMaintenanceMode(true);
      return gi;
    });
    Await.until(Await_TIMEOUT, "Ready with Mux 8.0.2 everywhere", () -> {
      most.accumulateAndGet((int) h.audit().hosts().stream().filter(x -> x.inMaintenanceMode()).count(), Math::max);
      return h.isTrue(GI, "Ready") && h.hosts(GI).stream().allMatch(x -> "8.0.2".equals(x.getMuxVibVersion()));
    }, () -> h.describe(GI));
    assertThat(most.get()).as("hosts in maintenance mode at the same time").isLessThanOrEqualTo(1);
    assertThat(h.audit().maintenanceModePolicy()).isEqualTo("singleHost");
  }

  private static final java.time.Duration Await_TIMEOUT = java.time.Duration.ofSeconds(60);
}
