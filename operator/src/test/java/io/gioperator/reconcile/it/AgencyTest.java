package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.desired.MoRefText;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.observe.AgencyConfigMapping;
import io.gioperator.simulator.eam.AgencySnapshot;
import io.gioperator.vsphere.session.VCenterConnection;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VCenterTarget;
import io.gioperator.vsphere.session.VSphereClientConfig;
import io.gioperator.vsphere.tls.TlsTrust;
import io.gioperator.vsphere.types.eam.GoalState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour 3: one agency with the deterministic name, adopted after a crash, updated, corrected, others untouched. */
class AgencyTest {

  private static final String GI = "cluster-01";
  private static final String NAME = "gi-operator/" + GiHarness.NS + "/" + GI;
  private static final String OLD_OVF = "https://depot.gi.example/trendmicro/dsva-20.0.0-7719.ovf";
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
  void anAgencyLeftByACrashIsAdoptedNotDuplicated() {
    withVCenter(vc -> {
      var cluster = vc.inventory().findByInventoryPath("DC1/host/Cluster-01").orElseThrow();
      AgencySpec spec = new AgencySpec(MoRefText.typed(cluster), OLD_OVF, Map.of("dsm.address", "x"),
          "https://depot.gi.example/vmware/epsec-mux-7.0.3-offline-bundle.zip", "thin", "dsva", List.of(), List.of(),
          null, null, null, List.of("8.0.2"));
      vc.eam().createAgency(AgencyConfigMapping.toWire(NAME, spec), GoalState.ENABLED);
    });
    long creates = h.sim.counters().get("eam", "CreateAgency");

    h.create(h.newGi(GI, null));
    h.awaitReady(GI);

    assertThat(h.audit().agencies().stream().filter(a -> NAME.equals(a.agencyName()) && !a.destroyed()))
        .hasSize(1);
    assertThat(h.sim.counters().get("eam", "CreateAgency")).isEqualTo(creates);
    assertThat(h.agency(GI).ovfUrls()).containsOnly("https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf");
    assertThat(h.sim.counters().get("eam", "Update")).isPositive();
  }

  @Test
  void specChangesAndOutOfBandChangesAreAppliedAndOtherAgenciesAreLeftAlone() {
    List<AgencySnapshot> others = h.audit().agencies().stream().filter(a -> !a.agencyName().startsWith("gi-operator/"))
        .toList();
    assertThat(others).as("the simulator's vCLS agencies").isNotEmpty();
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);

    // spec change through the PartnerSolution: another OVF
    h.editPartner(ps -> {
      ps.getSpec().getSva().setOvfUrl(OLD_OVF);
      return ps;
    });
    Await.until(GiHarness.WAIT, "agency updated to the new OVF", () -> h.agency(GI) != null
        && h.agency(GI).ovfUrls().equals(List.of(OLD_OVF)), () -> h.agency(GI));
    Await.until(GiHarness.WAIT, "UpdateAgency event", () -> h.hasEvent(GI, "UpdateAgency"), () -> h.events(GI));

    // someone changes our agency in vCenter: corrected on the next reconcile (a Secret touch triggers one)
    long updates = h.sim.counters().get("eam", "Update");
    withVCenter(vc -> {
      var summary = vc.agencies().findByName(NAME).orElseThrow();
      var changed = summary.config().agentConfig().stream()
          .map(c -> c.withOvfPackageUrl("https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf")).toList();
      vc.eam().update(summary.ref(), summary.config().toBuilder().agentConfig(changed).build());
    });
    h.secret("dsva-ovf-properties", Map.of("dsm.token", "activation-token-value", "touched", "1"));
    Await.until(GiHarness.WAIT, "out-of-band change corrected", () -> h.sim.counters().get("eam", "Update")
        > updates + 1 && h.agency(GI).ovfUrls().equals(List.of(OLD_OVF)), () -> h.agency(GI));

    List<AgencySnapshot> othersAfter = h.audit().agencies().stream()
        .filter(a -> !a.agencyName().startsWith("gi-operator/")).toList();
    assertThat(othersAfter).hasSameSizeAs(others);
    for (AgencySnapshot before : others) {
      AgencySnapshot after = othersAfter.stream().filter(a -> a.id().equals(before.id())).findFirst().orElseThrow();
      assertThat(after.goalState()).isEqualTo(before.goalState());
      assertThat(after.ovfUrls()).isEqualTo(before.ovfUrls());
      assertThat(after.agents()).hasSameSizeAs(before.agents());
    }
  }

  private void withVCenter(Consumer<VCenterConnection> body) {
    try (var pool = new VCenterSessionPool(VSphereClientConfig.defaults(), new SimpleMeterRegistry())) {
      body.accept(pool.connect("test/vc", new VCenterTarget(URI.create(h.sim.vcenterUrl().replaceFirst("/sdk$", "")),
          h.sim.username(), h.sim.password(), TlsTrust.pinned(h.sim.thumbprint()))));
    }
  }
}
