package io.gioperator.e2e.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.LeakCheck;
import io.gioperator.e2e.harness.Tenant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deleting a GuestIntrospection removes everything it made, and only then lets the resource go. */
class DeletionTest extends ScenarioBase {

  static final int HOSTS = 2;

  @BeforeAll
  static void start() {
    startEnvironment(DeletionTest.class, E2eEnvironment.simulator(2, HOSTS).build());
  }

  @Test
  void deleteRemovesAgencyVmsVibsAndRegistrationsThenTheFinalizer() {
    Tenant t = tenant("gi-delete", 1).apply();
    t.awaitReady(HOSTS);
    assertThat(t.gi().getMetadata().getFinalizers()).isNotEmpty();
    assertThat(LeakCheck.leaks(t.sim().audit())).isNotEmpty();

    t.deleteGuestIntrospections(DELETE_TIMEOUT);

    assertThat(LeakCheck.leaks(t.sim().audit())).isEmpty();
    assertThat(t.events("Deleted")).hasSize(1);
    assertThat(t.events("UninstallAgency")).hasSize(1);
    assertThat(t.events("DestroyAgency")).hasSize(1);
    assertThat(t.sim().audit().agencies()).as("another product's agencies are left alone")
        .anyMatch(a -> a.agencyName().equals("vCLS"));
  }

  @Test
  void deleteWhileVCenterIsDownIsReportedAndCompletesWhenItReturns() {
    Tenant t = tenant("gi-delete-down", 2).apply();
    t.awaitReady(HOSTS);

    t.sim().control().vcenterDown();
    t.kube().resources(GuestIntrospection.class).inNamespace(t.namespace()).withName(t.name()).delete();
    Condition ready = t.awaitCondition("Ready", ConditionStatus.FALSE,
        c -> "Deleting".equals(c.getReason()) && c.getMessage().contains("VCenterUnreachable"),
        Duration.ofSeconds(90));
    assertThat(ready.getMessage()).contains("deletion continues when it is back");
    assertThat(t.gi()).as("the finalizer holds the resource while vCenter is down").isNotNull();
    assertThat(t.gi().getMetadata().getFinalizers()).isNotEmpty();

    t.sim().control().vcenterUp();
    Await.until("deletion completed", DELETE_TIMEOUT, () -> t.gi() == null, t::diagnostic);
    LeakCheck.awaitClean(List.of(t.sim()), Duration.ofSeconds(30));
  }
}
