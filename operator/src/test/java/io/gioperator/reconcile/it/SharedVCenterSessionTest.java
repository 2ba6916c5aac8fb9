package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.VCenter;
import io.gioperator.api.v1alpha1.VCenterConditions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two VCenter resources for the same server and user that trust its certificate differently (a pinned thumbprint,
 * an explicit insecure opt-in): each keeps its own session however often both reconcile, and deleting one logs out
 * only its own session.
 */
class SharedVCenterSessionTest {

  private static final String OTHER = "vc-insecure";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(1);
    h.createReferences();
    h.client().resource(Serialization.unmarshal(String.join("\n",
        "apiVersion: gi-operator.io/v1alpha1",
        "kind: VCenter",
        "metadata: {name: " + OTHER + ", namespace: " + GiHarness.NS + "}",
        "spec:",
        "  server: " + h.sim.vcenterUrl().replaceFirst("/sdk$", ""),
        "  credentialsSecretRef: {name: vcenter-credentials}",
        "  tls: {insecure: true}"), VCenter.class)).create();
    Await.until(GiHarness.WAIT, "both VCenters connected",
        () -> connected(GiHarness.VCENTER) && connected(OTHER), this::describe);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void twoVCentersWithDifferentTrustKeepTheirSessionsAcrossReconciles() {
    long logins = logins();
    for (int round = 1; round <= 3; round++) {
      reconcileBoth(round);
    }

    assertThat(logins()).as("no login per reconcile").isEqualTo(logins);
    assertThat(h.sim.counters().get("vim", "Logout")).as("neither replaced the other's session").isZero();
    assertThat(connected(GiHarness.VCENTER) && connected(OTHER)).isTrue();
  }

  @Test
  void deletingOneVCenterLogsOutOnlyItsOwnSession() {
    long logins = logins();
    h.client().resources(VCenter.class).inNamespace(GiHarness.NS).withName(OTHER).delete();
    Await.until(GiHarness.WAIT, OTHER + " gone and logged out", () -> vcenter(OTHER) == null
        && h.sim.counters().get("vim", "Logout") > 0, this::describe);

    reconcileBoth(1);

    assertThat(h.sim.counters().get("vim", "Logout")).as("only the deleted VCenter's session").isEqualTo(1);
    assertThat(logins()).as("the remaining VCenter kept its session").isEqualTo(logins);
    assertThat(connected(GiHarness.VCENTER)).isTrue();
  }

  /** Re-writes the shared credentials Secret (same user and password): every VCenter using it reconciles. */
  private void reconcileBoth(int round) {
    long times = h.sim.counters().get("vim", "CurrentTime");
    int expected = vcenter(OTHER) == null ? 1 : 2;
    h.secret("vcenter-credentials", Map.of("username", h.sim.username(), "password", h.sim.password(),
        "round", Integer.toString(round)));
    Await.until(GiHarness.WAIT, "the VCenter controller to check vCenter again (round " + round + ")",
        () -> h.sim.counters().get("vim", "CurrentTime") >= times + expected, this::describe);
  }

  private long logins() {
    return h.sim.counters().get("vim", "Login");
  }

  private VCenter vcenter(String name) {
    return h.client().resources(VCenter.class).inNamespace(GiHarness.NS).withName(name).get();
  }

  private boolean connected(String name) {
    VCenter vc = vcenter(name);
    return vc != null && vc.getStatus() != null
        && GiHarness.condition(vc.getStatus().getConditions(), VCenterConditions.CONNECTED) != null
        && GiHarness.condition(vc.getStatus().getConditions(), VCenterConditions.CONNECTED).getStatus()
        == ConditionStatus.TRUE;
  }

  private Object describe() {
    return "logins=" + logins() + " logouts=" + h.sim.counters().get("vim", "Logout") + " currentTime="
        + h.sim.counters().get("vim", "CurrentTime") + "\n" + Serialization.asYaml(vcenter(GiHarness.VCENTER))
        + Serialization.asYaml(vcenter(OTHER));
  }
}
