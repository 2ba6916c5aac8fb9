package io.gioperator.e2e.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.GuestIntrospectionSpec;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.api.v1alpha1.PartnerRegistrationStatus;
import io.gioperator.api.v1alpha1.SvaStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {

  @Test
  void showsInstallAndServiceStatusPerHostInSeparateColumns() {
    GuestIntrospection gi = resource("cluster-01", "/DC1/host/Cluster-01");
    gi.getStatus().setReadyHosts("1/2");
    gi.getStatus().setConditions(List.of(condition("Ready", ConditionStatus.FALSE, "HostsNotReady")));
    gi.getStatus().setHosts(List.of(
        host("esx-01-02.lab.local", HostStep.DEPLOYING_SVA, null, null, null),
        host("esx-01-01.lab.local", HostStep.READY, "vm-101", "10.0.0.5", "UP")));

    String table = StatusTable.render(List.of(gi));

    assertThat(table).contains("gi-system/cluster-01  cluster /DC1/host/Cluster-01  ready 1/2  "
        + "Ready=False (HostsNotReady)");
    String[] lines = table.split("\n");
    assertThat(lines[1]).startsWith("  HOST").contains("STEP", "MUX VIB", "SVA", "POWER", "PARTNER", "SERVICE");
    assertThat(lines[2]).startsWith("  esx-01-01.lab.local").contains("Ready", "7.0.3", "dsva (1)", "poweredOn",
        "10.0.0.5", "registered", "UP");
    assertThat(lines[3]).startsWith("  esx-01-02.lab.local").contains("DeployingSva");
    assertThat(lines[3]).doesNotContain("registered");
  }

  @Test
  void aResourceTheOperatorHasNotReconciledYetRendersAndIsNotReady() {
    GuestIntrospection fresh = resource("cluster-01", "/DC1/host/Cluster-01");
    fresh.setStatus(null);

    assertThat(StatusTable.render(List.of(fresh))).contains("gi-system/cluster-01", "ready -", "Ready=Unknown");
    assertThat(DemoProgress.allReady(List.of(fresh))).isFalse();
  }

  @Test
  void readyOnlyWhenEveryResourceHasReadyTrue() {
    GuestIntrospection ready = resource("a", "/DC1/host/A");
    ready.getStatus().setConditions(List.of(condition("Ready", ConditionStatus.TRUE, "Ready")));
    GuestIntrospection notReady = resource("b", "/DC1/host/B");
    notReady.getStatus().setConditions(List.of(condition("Ready", ConditionStatus.FALSE, "HostsNotReady")));

    assertThat(DemoProgress.allReady(List.of(ready))).isTrue();
    assertThat(DemoProgress.allReady(List.of(ready, notReady))).isFalse();
    assertThat(DemoProgress.allReady(List.of())).isFalse();
  }

  private static GuestIntrospection resource(String name, String cluster) {
    GuestIntrospection gi = new GuestIntrospection();
    gi.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("gi-system").build());
    GuestIntrospectionSpec spec = new GuestIntrospectionSpec();
    spec.setCluster(cluster);
    gi.setSpec(spec);
    gi.setStatus(new io.gioperator.api.v1alpha1.GuestIntrospectionStatus());
    return gi;
  }

  private static Condition condition(String type, ConditionStatus status, String reason) {
    Condition c = new Condition();
    c.setType(type);
    c.setStatus(status);
    c.setReason(reason);
    return c;
  }

  private static HostStatus host(String name, HostStep step, String vm, String ip, String service) {
    HostStatus h = new HostStatus();
    h.setName(name);
    h.setStep(step);
    if (vm != null) {
      h.setMuxVibVersion("7.0.3");
      SvaStatus sva = new SvaStatus();
      sva.setVmMoref(vm);
      sva.setVmName("dsva (1)");
      sva.setPowerState("poweredOn");
      sva.setIpAddress(ip);
      h.setSva(sva);
      PartnerRegistrationStatus partner = new PartnerRegistrationStatus();
      partner.setRegistrationId("reg-1");
      partner.setServiceStatus(service);
      h.setPartner(partner);
    }
    return h;
  }
}
