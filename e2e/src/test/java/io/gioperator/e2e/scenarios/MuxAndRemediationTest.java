package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.CompletedRemediation;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.api.v1alpha1.RemediationAction;
import io.gioperator.api.v1alpha1.RemediationRequest;
import io.gioperator.api.v1alpha1.RemediationResult;
import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.core.EventLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mux VIB changes that need maintenance mode, and the one-off remediation requests of the spec. */
class MuxAndRemediationTest extends ScenarioBase {

  static final int HOSTS = 3;
  static final String MUX_802 = "https://depot.gi.example/vmware/epsec-mux-8.0.2-offline-bundle.zip";

  @BeforeAll
  static void start() {
    startEnvironment(MuxAndRemediationTest.class, E2eEnvironment.simulator(3, HOSTS).build());
  }

  @Test
  void aMuxVibThatNeedsMaintenanceModeWaitsForPermissionThenGoesOneHostAtATime() {
    // Two hosts: the operator releases its maintenance slot only 2 minutes (its action retry interval) after
    // resolving a host's issue, so every further host costs that long.
    Tenant t = tenant("gi-mux", 1);
    t.sim().control().removeHost("esx-01-03.lab.local");
    int hosts = HOSTS - 1;
    t.apply();
    t.awaitReady(hosts);
    long seq = SvaRepairTest.lastSeq(t);

    t.editPartner(p -> {
      p.getSpec().getMux().setVibUrl(MUX_802);
      p.getSpec().getMux().setVersion("8.0.2");
    });
    // EAM upgrades a VIB host by host: the first host asks for maintenance mode, the others wait their turn.
    t.awaitGi("a host WaitingForMaintenanceModePermission", Duration.ofSeconds(60), gi ->
        gi.getStatus().getHosts().stream()
            .anyMatch(h -> h.getStep() == HostStep.WAITING_FOR_MAINTENANCE_MODE_PERMISSION));
    assertThat(t.gi().getStatus().getHosts())
        .filteredOn(h -> h.getStep() == HostStep.WAITING_FOR_MAINTENANCE_MODE_PERMISSION)
        .allSatisfy(h -> assertThat(h.getMessage()).contains("spec.hostOperations.allowMaintenanceMode"));
    assertThat(t.awaitCondition("Stalled", ConditionStatus.TRUE, c -> true, Duration.ofSeconds(30)).getReason())
        .isNotBlank();
    assertThat(t.isTrue("Ready")).isFalse();
    assertThat(t.metric("gi_guestintrospection_hosts", Map.of("step", "WaitingForMaintenanceModePermission")))
        .isGreaterThanOrEqualTo(1);
    assertThat(t.metric("gi_eam_issues_open", Map.of("type", "VibRequiresHostInMaintenanceMode")))
        .isGreaterThanOrEqualTo(1);
    assertThat(SvaRepairTest.eventsAfter(t, seq)).as("no host was put into maintenance mode without permission")
        .noneMatch(e -> e.kind().equals("HostEnteredMaintenanceMode"));

    t.editGi(gi -> gi.getSpec().getHostOperations().setAllowMaintenanceMode(true));
    t.awaitReady(hosts, Duration.ofSeconds(330));
    assertThat(t.gi().getStatus().getHosts()).allSatisfy(h -> assertThat(h.getMuxVibVersion()).isEqualTo("8.0.2"));
    List<EventLog.Event> after = SvaRepairTest.eventsAfter(t, seq);
    Set<String> clusterHosts = clusterHostIds(t);
    assertThat(after.stream().filter(e -> e.kind().equals("HostEnteredMaintenanceMode")
        && clusterHosts.contains(e.entity()))).hasSize(hosts);
    assertThat(maxInMaintenanceAtOnce(after, clusterHosts)).as("maintenance mode one host at a time").isEqualTo(1);
    assertThat(t.sim().audit().hosts().stream().filter(h -> t.clusterName().equals(h.cluster())))
        .allSatisfy(h -> assertThat(h.inMaintenanceMode()).isFalse());
  }

  @Test
  void reinstallMuxIsRejectedWithoutPermissionAndRunsOnceWithIt() {
    Tenant t = tenant("gi-reinstall", 2).apply();
    t.awaitReady(HOSTS);
    String host = t.gi().getStatus().getHosts().get(0).getName();
    String hostId = t.sim().audit().host(host).id();

    t.editGi(gi -> gi.getSpec().setRemediations(List.of(request("no-permission", RemediationAction.REINSTALL_MUX,
        host))));
    CompletedRemediation rejected = awaitCompleted(t, "no-permission");
    assertThat(rejected.getResult()).isEqualTo(RemediationResult.REJECTED);
    assertThat(rejected.getMessage()).contains("allowMaintenanceMode").contains("allowReboot");

    long seq = SvaRepairTest.lastSeq(t);
    t.editGi(gi -> {
      gi.getSpec().getHostOperations().setAllowMaintenanceMode(true);
      gi.getSpec().getHostOperations().setAllowReboot(true);
      List<RemediationRequest> requests = new ArrayList<>(gi.getSpec().getRemediations());
      requests.add(request("chg-2001-mux", RemediationAction.REINSTALL_MUX, host));
      gi.getSpec().setRemediations(requests);
    });
    CompletedRemediation done = awaitCompleted(t, "chg-2001-mux", Duration.ofSeconds(150));
    assertThat(done.getResult()).as(done.getMessage()).isEqualTo(RemediationResult.SUCCEEDED);
    t.awaitReady(HOSTS);
    List<String> onHost = SvaRepairTest.eventsAfter(t, seq).stream()
        .filter(e -> hostId.equals(e.entity())).map(EventLog.Event::kind).toList();
    assertThat(onHost).containsSubsequence("HostEnteredMaintenanceMode", "HostRebooted", "HostExitedMaintenanceMode");
    assertThat(SvaRepairTest.eventsAfter(t, seq)).filteredOn(e -> e.kind().equals("HostRebootStarted"))
        .hasSize(1);
    assertThat(t.sim().audit().host(host).vibs()).anySatisfy(v -> assertThat(v.name()).isEqualTo("epsec-mux"));
    assertThat(t.sim().audit().host(host).inMaintenanceMode()).isFalse();
  }

  @Test
  void aRecreateSvaRequestAppliedTwiceRunsOnce() {
    Tenant t = tenant("gi-request", 3).apply();
    t.awaitReady(HOSTS);
    String host = t.gi().getStatus().getHosts().get(0).getName();
    String oldVm = t.host(host).orElseThrow().getSva().getVmMoref();
    long seq = SvaRepairTest.lastSeq(t);

    t.editGi(gi -> gi.getSpec().setRemediations(List.of(request("chg-3001-sva", RemediationAction.RECREATE_SVA,
        host))));
    CompletedRemediation done = awaitCompleted(t, "chg-3001-sva", Duration.ofSeconds(90));
    assertThat(done.getResult()).as(done.getMessage()).isEqualTo(RemediationResult.SUCCEEDED);
    t.awaitReady(HOSTS);
    String newVm = t.host(host).orElseThrow().getSva().getVmMoref();
    assertThat(newVm).isNotEqualTo(oldVm);
    assertThat(t.metric("gi_sva_recreations_total", Map.of("reason", "Requested"))).isEqualTo(1);

    // Applied again, as a GitOps tool re-applies the same YAML (with an unrelated change that bumps the
    // generation, so the operator surely reconciles the spec once more).
    long generation = t.gi().getMetadata().getGeneration();
    t.editGi(gi -> {
      gi.getSpec().setRemediations(List.of(request("chg-3001-sva", RemediationAction.RECREATE_SVA, host)));
      gi.getSpec().getHealthPolicy().setServiceDownTimeout("11m");
    });
    t.awaitGi("the new generation observed", Duration.ofSeconds(60), gi ->
        gi.getStatus().getObservedGeneration() != null && gi.getStatus().getObservedGeneration() > generation);
    t.awaitReady(HOSTS);
    assertThat(t.host(host).orElseThrow().getSva().getVmMoref()).isEqualTo(newVm);
    assertThat(t.gi().getStatus().getCompletedRemediations()).filteredOn(c -> c.getId().equals("chg-3001-sva"))
        .hasSize(1);
    assertThat(SvaRepairTest.eventsAfter(t, seq)).filteredOn(e -> e.kind().equals("VmCreated")).hasSize(1);
    assertThat(t.metric("gi_sva_recreations_total", Map.of("reason", "Requested"))).isEqualTo(1);
  }

  static RemediationRequest request(String id, RemediationAction action, String host) {
    RemediationRequest r = new RemediationRequest();
    r.setId(id);
    r.setAction(action);
    r.setHost(host);
    r.setReason("e2e " + id);
    return r;
  }

  static CompletedRemediation awaitCompleted(Tenant t, String id) {
    return awaitCompleted(t, id, Duration.ofSeconds(60));
  }

  static CompletedRemediation awaitCompleted(Tenant t, String id, Duration timeout) {
    t.awaitGi("remediation " + id + " completed", timeout, gi -> completed(gi, id).isPresent());
    return completed(t.gi(), id).orElseThrow();
  }

  static Optional<CompletedRemediation> completed(GuestIntrospection gi, String id) {
    if (gi.getStatus() == null || gi.getStatus().getCompletedRemediations() == null) {
      return Optional.empty();
    }
    return gi.getStatus().getCompletedRemediations().stream().filter(c -> id.equals(c.getId())).findFirst();
  }

  static Set<String> clusterHostIds(Tenant t) {
    Set<String> ids = new HashSet<>();
    t.sim().audit().hosts().stream().filter(h -> t.clusterName().equals(h.cluster())).forEach(h -> ids.add(h.id()));
    return ids;
  }

  static int maxInMaintenanceAtOnce(List<EventLog.Event> events, Set<String> hosts) {
    Set<String> in = new HashSet<>();
    int max = 0;
    for (EventLog.Event e : events) {
      if (!hosts.contains(e.entity())) {
        continue;
      }
      if (e.kind().equals("HostEnteredMaintenanceMode")) {
        in.add(e.entity());
      } else if (e.kind().equals("HostExitedMaintenanceMode")) {
        in.remove(e.entity());
      }
      max = Math.max(max, in.size());
    }
    return max;
  }
}
