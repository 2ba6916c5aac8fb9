package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.core.EventLog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The systems the operator depends on fail and come back: it reports, waits, duplicates nothing, converges. */
class OutagesTest extends ScenarioBase {

  static final int HOSTS = 2;
  static final Duration RECOVERY = Duration.ofSeconds(120);

  @BeforeAll
  static void start() {
    startEnvironment(OutagesTest.class, E2eEnvironment.simulator(4, HOSTS).build());
  }

  @Test
  void thePartnerManagerDownThenUpDelaysRegistrationOnly() {
    Tenant t = tenant("gi-partner", 1).apply();
    t.awaitReady(HOSTS);
    String host = t.gi().getStatus().getHosts().get(0).getName();
    String oldVm = t.host(host).orElseThrow().getSva().getVmMoref();

    t.sim().control().partnerDown(true);
    // Something to do while the partner is down: an SVA dies and is re-created, but cannot be registered.
    t.sim().control().powerOffVm(oldVm);
    Condition registered = t.awaitCondition("PartnerRegistered", ConditionStatus.UNKNOWN, c -> true,
        Duration.ofSeconds(60));
    assertThat(registered.getMessage()).isNotBlank();
    t.awaitGi(host + " on a new SVA, not Ready while the partner is down", Duration.ofSeconds(60), gi ->
        Tenant.host(gi, host).filter(h -> h.getSva() != null && h.getSva().getVmMoref() != null
            && !oldVm.equals(h.getSva().getVmMoref()) && h.getStep() != HostStep.READY).isPresent());
    assertThat(t.isTrue("Ready")).isFalse();

    t.sim().control().partnerDown(false);
    t.awaitReady(HOSTS, RECOVERY);
    Audit audit = t.sim().audit();
    String newVm = t.host(host).orElseThrow().getSva().getVmMoref();
    assertThat(audit.partnerRegistrations()).hasSize(HOSTS)
        .anyMatch(r -> r.containsValue(newVm)).noneMatch(r -> r.containsValue(oldVm));
    assertThat(t.isTrue("ServiceHealthy")).isTrue();
  }

  @Test
  void vCenterDownMidRolloutIsReportedAndTheRolloutConvergesWithoutDuplicates() {
    Tenant t = tenant("gi-vcdown", 2);
    long seq = lastSeq(t);
    t.apply();
    Await.until("the agency created", Duration.ofSeconds(60),
        () -> t.sim().audit().agency(t.agencyName()) != null, t::diagnostic);
    t.sim().control().vcenterDown();

    Condition connected = t.awaitCondition("VCenterConnected", ConditionStatus.FALSE, c -> true,
        Duration.ofSeconds(90));
    assertThat(connected.getReason()).isEqualTo("VCenterUnreachable");
    assertThat(t.isTrue("Ready")).isFalse();
    t.awaitEvent("VCenterUnreachable", Duration.ofSeconds(10));
    assertThat(t.metric("gi_reconcile_failures_total", Map.of("reason", "VCenterUnreachable"))).isPositive();

    t.sim().control().vcenterUp();
    t.awaitReady(HOSTS, RECOVERY);
    Audit audit = t.sim().audit();
    assertThat(audit.agencies().stream().filter(a -> a.agencyName().equals(t.agencyName()))).hasSize(1);
    String agency = audit.agency(t.agencyName()).id();
    assertThat(audit.vmsOwnedBy(agency)).hasSize(HOSTS);
    assertThat(audit.partnerRegistrations()).hasSize(HOSTS);
    assertThat(vmsCreatedPerHost(t, seq, agency)).allSatisfy((host, n) -> assertThat(n).as(host).isEqualTo(1L));
    assertThat(t.events("CreateAgency")).hasSize(1);
  }

  @Test
  void expiredSessionsAreReplacedByOneNewLogin() {
    Tenant t = tenant("gi-session", 3).apply();
    t.awaitReady(HOSTS);
    long loginsBefore = t.sim().counters().get("vim", "Login");

    t.sim().control().expireSessions();
    // Work that needs vCenter: the operator must log in again to re-create a powered-off SVA.
    String host = t.gi().getStatus().getHosts().get(0).getName();
    String oldVm = t.host(host).orElseThrow().getSva().getVmMoref();
    t.sim().control().powerOffVm(oldVm);
    t.awaitGi(host + " Ready on a new SVA", RECOVERY, gi -> Tenant.host(gi, host)
        .filter(h -> h.getStep() == HostStep.READY && !oldVm.equals(h.getSva().getVmMoref())).isPresent());
    t.awaitReady(HOSTS);

    long logins = t.sim().counters().get("vim", "Login") - loginsBefore;
    assertThat(logins).as("re-logins after one expiry").isBetween(1L, 3L);
    assertThat(t.sim().audit().sessions()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void eamNotInitializedAtStartIsReportedThenTheDeploymentProceeds() {
    Tenant t = tenant("gi-eaminit", 4);
    t.sim().control().eamNotInitialized(null);
    t.apply();

    Condition ready = t.awaitCondition("Ready", ConditionStatus.FALSE, c -> true, Duration.ofSeconds(60));
    t.awaitGi("the EAM failure named in a condition", Duration.ofSeconds(60), gi ->
        gi.getStatus().getConditions().stream().anyMatch(c -> c.getStatus() != ConditionStatus.TRUE
            && (c.getMessage() + c.getReason()).toLowerCase().contains("eam")));
    assertThat(ready.getStatus()).isEqualTo(ConditionStatus.FALSE);
    assertThat(t.sim().audit().agency(t.agencyName())).as("nothing created while EAM is not initialized").isNull();

    t.sim().control().clearEamNotInitialized();
    t.awaitReady(HOSTS, RECOVERY);
    assertThat(t.sim().audit().agencies().stream().filter(a -> a.agencyName().equals(t.agencyName()))).hasSize(1);
  }

  static long lastSeq(Tenant t) {
    return SvaRepairTest.lastSeq(t);
  }

  /** VmCreated events per host since {@code seq} for the VMs the agency owns now or owned (by VM name prefix). */
  static Map<String, Long> vmsCreatedPerHost(Tenant t, long seq, String agency) {
    Audit audit = t.sim().audit();
    Map<String, String> hostOfVm = audit.vms().stream().filter(v -> agency.equals(v.ownerAgency()))
        .collect(Collectors.toMap(Audit.VmEntry::id, Audit.VmEntry::host));
    List<EventLog.Event> created = SvaRepairTest.eventsAfter(t, seq).stream()
        .filter(e -> e.kind().equals("VmCreated") && e.name() != null && e.name().startsWith("dsva")).toList();
    assertThat(created).as("every VmCreated is a VM that still exists (no leaked or duplicate SVA)")
        .allSatisfy(e -> assertThat(hostOfVm).containsKey(e.entity()));
    return created.stream().collect(Collectors.groupingBy(e -> hostOfVm.get(e.entity()), Collectors.counting()));
  }
}
