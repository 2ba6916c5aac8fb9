package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.core.EventLog;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A new SVA version (another OVF) is rolled out host by host, never more than maxUnavailable at once. */
class SvaUpgradeTest extends ScenarioBase {

  static final int HOSTS = 4;
  static final String OTHER_OVF = "https://depot.gi.example/trendmicro/dsva-20.0.0-7719.ovf";

  @BeforeAll
  static void start() {
    startEnvironment(SvaUpgradeTest.class, E2eEnvironment.simulator(1, HOSTS).build());
  }

  @Test
  void aNewOvfIsRolledOutWithinMaxUnavailable() {
    Tenant t = tenant("gi-upgrade", 1).apply();
    t.awaitReady(HOSTS);
    Audit before = t.sim().audit();
    String agency = before.agency(t.agencyName()).id();
    Map<String, String> hostOfVm = new HashMap<>();
    before.vmsOwnedBy(agency).forEach(vm -> hostOfVm.put(vm.id(), vm.host()));
    Set<String> oldVms = Set.copyOf(hostOfVm.keySet());
    long seq = SvaRepairTest.lastSeq(t);

    t.editPartner(p -> {
      p.getSpec().getSva().setOvfUrl(OTHER_OVF);
      p.getSpec().setVersion("20.0.0");
    });
    t.awaitGi("every host on a new SVA of version 20.0.0 and Ready", Duration.ofSeconds(120), gi ->
        gi.getStatus().getHosts().size() == HOSTS
            && gi.getStatus().getHosts().stream().allMatch(h -> h.getSva() != null
                && h.getSva().getVmMoref() != null && !oldVms.contains(h.getSva().getVmMoref())
                && h.getSva().getVersion() != null && h.getSva().getVersion().startsWith("20.0.0"))
            && Tenant.condition(gi, "Ready").map(c -> c.getStatus().wireName().equals("True")).orElse(false));

    Audit after = t.sim().audit();
    assertThat(after.agency(t.agencyName()).ovfUrls()).containsExactly(OTHER_OVF);
    List<Audit.VmEntry> svas = after.vmsOwnedBy(agency);
    assertThat(svas).hasSize(HOSTS).noneMatch(vm -> oldVms.contains(vm.id()));
    svas.forEach(vm -> hostOfVm.put(vm.id(), vm.host()));
    assertThat(after.partnerRegistrations()).hasSize(HOSTS)
        .allSatisfy(r -> assertThat(svas.stream().map(Audit.VmEntry::id).toList()).contains((String) r.get("vmId")));

    int maxUnavailable = t.gi().getSpec().getRedeployPolicy().getMaxUnavailable();
    assertThat(maxUnavailableAtOnce(SvaRepairTest.eventsAfter(t, seq), hostOfVm, oldVms))
        .as("hosts without a running SVA at the same time during the rollout").isLessThanOrEqualTo(maxUnavailable);
  }

  /**
   * From the simulator's event log: a host is unavailable from the moment its old SVA is powered off or removed
   * until a new SVA is powered on there.
   */
  static int maxUnavailableAtOnce(List<EventLog.Event> events, Map<String, String> hostOfVm, Set<String> oldVms) {
    Set<String> down = new HashSet<>();
    int max = 0;
    for (EventLog.Event e : events) {
      String host = hostOfVm.get(e.entity());
      if (host == null) {
        continue;
      }
      boolean old = oldVms.contains(e.entity());
      if (old && (e.kind().equals("VmPoweredOff") || e.kind().equals("VmRemoved"))) {
        down.add(host);
      } else if (!old && e.kind().equals("VmPoweredOn")) {
        down.remove(host);
      }
      max = Math.max(max, down.size());
    }
    return max;
  }
}
