package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.control.Audit;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operator crashes (SIGKILL) in the middle of work and is started again: nothing is duplicated or leaked. */
class OperatorRestartTest extends ScenarioBase {

  static final int HOSTS = 3;

  @BeforeAll
  static void start() {
    startEnvironment(OperatorRestartTest.class, E2eEnvironment.simulator(2, HOSTS).build());
  }

  @Test
  void killedWhileCreatingTheAgencyThenRestartedAdoptsItInsteadOfCreatingASecond() throws Exception {
    Tenant t = tenant("gi-crash", 1);
    long seq = SvaRepairTest.lastSeq(t);
    // CreateAgency answers slowly, so the operator is surely killed before it could record the agency.
    t.sim().control().methodFault("eam", "CreateAgency", 3000, 0, null);
    t.apply();
    Await.until("the operator sent CreateAgency", Duration.ofSeconds(60),
        () -> t.sim().counters().get("eam", "CreateAgency") >= 1, t::diagnostic);
    env.operator().kill();
    assertThat(env.operator().isAlive()).isFalse();
    Await.until("EAM finished creating the agency", Duration.ofSeconds(30),
        () -> t.sim().audit().agency(t.agencyName()) != null, t::diagnostic);
    t.sim().control().clearMethodFaults();

    env.startOperator();
    t.awaitReady(HOSTS);

    Audit audit = t.sim().audit();
    assertThat(audit.agencies().stream().filter(a -> a.agencyName().equals(t.agencyName()))).hasSize(1);
    assertThat(t.sim().counters().get("eam", "CreateAgency")).as("no second agency").isEqualTo(1);
    String agency = audit.agency(t.agencyName()).id();
    assertThat(audit.vmsOwnedBy(agency)).hasSize(HOSTS);
    assertThat(audit.partnerRegistrations()).hasSize(HOSTS);
    assertThat(OutagesTest.vmsCreatedPerHost(t, seq, agency)).hasSize(HOSTS)
        .allSatisfy((host, n) -> assertThat(n).as(host).isEqualTo(1L));
  }

  @Test
  void killedWhileAnSvaIsBrokenThenRestartedRecreatesItOnce() throws Exception {
    Tenant t = tenant("gi-crash-sva", 2).apply();
    t.awaitReady(HOSTS);
    String host = t.gi().getStatus().getHosts().get(0).getName();
    String oldVm = t.host(host).orElseThrow().getSva().getVmMoref();
    String agency = t.sim().audit().agency(t.agencyName()).id();

    env.operator().kill();
    long seq = SvaRepairTest.lastSeq(t);
    t.sim().control().powerOffVm(oldVm);
    env.startOperator();

    t.awaitGi(host + " Ready on a new SVA", Tenant.READY_TIMEOUT, gi -> Tenant.host(gi, host)
        .filter(h -> h.getStep() == HostStep.READY && !oldVm.equals(h.getSva().getVmMoref())).isPresent());
    t.awaitReady(HOSTS);
    assertThat(t.sim().audit().vmsOwnedBy(agency)).hasSize(HOSTS);
    assertThat(SvaRepairTest.eventsAfter(t, seq)).filteredOn(e -> e.kind().equals("VmCreated")).hasSize(1);
    assertThat(SvaRepairTest.eventsAfter(t, seq))
        .noneMatch(e -> e.kind().equals("VmPoweredOn") && e.entity().equals(oldVm));
    assertThat(t.gi().getStatus().getHosts()).filteredOn(h -> h.getName().equals(host)).singleElement()
        .satisfies(h -> assertThat(h.getRedeploys().getCount()).isEqualTo(1));
  }
}
