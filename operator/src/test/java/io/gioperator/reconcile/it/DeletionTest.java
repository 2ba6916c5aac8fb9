package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.VCenter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour 9: deletion through the finalizer, while vCenter is down, with the orphan annotation, and together with
 * the VCenter and PartnerSolution it needs.
 */
class DeletionTest {

  private static final String GI = "cluster-01";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void deleteRemovesAgencyVmsVibsAndRegistrationsThenTheFinalizer() {
    assertThat(h.gi(GI).getMetadata().getFinalizers()).isNotEmpty();
    h.client().resource(h.gi(GI)).delete();
    Await.until(GiHarness.WAIT, "the resource gone", () -> h.gi(GI) == null, () -> h.describe(GI));
    var audit = h.audit();
    assertThat(audit.agencies()).noneMatch(a -> a.agencyName().equals("gi-operator/gi-test/" + GI)
        && !a.destroyed());
    Await.until(GiHarness.WAIT, "agent VMs and VIBs removed", () -> {
      var a = h.audit();
      return a.vms().stream().noneMatch(vm -> vm.name().startsWith("dsva"))
          && a.hosts().stream().allMatch(host -> host.vibs().stream().noneMatch(v -> "epsec-mux".equals(v.name())));
    }, () -> h.audit());
    assertThat(h.audit().partnerRegistrations()).isEmpty();
    assertThat(h.sim.counters().get("eam", "Uninstall")).isEqualTo(1);
    assertThat(h.sim.counters().get("eam", "DestroyAgency")).isEqualTo(1);
  }

  @Test
  void deletionNeedsNeitherTheSvasConfigurationSecretsNorItsPlacement() {
    // kubectl delete -f dir/ removes the OVF property Secret with the GuestIntrospection, and a datastore may have
    // been renamed since the SVAs were placed: neither matters for removing them.
    h.edit(GI, gi -> {
      gi.getSpec().getPlacement().setDatastores(java.util.List.of("renamed-datastore"));
      return gi;
    });
    Await.until(GiHarness.WAIT, "the unknown datastore reported", () -> {
      var ready = h.condition(GI, "Ready");
      return ready != null && ready.getMessage() != null && ready.getMessage().contains("renamed-datastore");
    }, () -> h.describe(GI));
    h.client().secrets().inNamespace(GiHarness.NS).withName("dsva-ovf-properties").delete();
    h.client().resource(h.gi(GI)).delete();
    Await.until(GiHarness.WAIT, "the resource gone", () -> h.gi(GI) == null, () -> h.describe(GI));
    assertThat(h.audit().agencies()).noneMatch(a -> a.agencyName().equals("gi-operator/gi-test/" + GI)
        && !a.destroyed());
    assertThat(h.audit().partnerRegistrations()).isEmpty();
    assertThat(h.sim.counters().get("eam", "DestroyAgency")).isEqualTo(1);
  }

  @Test
  void everythingDeletedInFileOrderWaitsForTheGuestIntrospectionToCleanUpVSphereAndThePartner() {
    // kubectl delete -f deploy/examples/ deletes in file order: the Secrets, the VCenter and the PartnerSolution
    // before the GuestIntrospection that needs all of them to remove its agency and registrations.
    for (String secret : java.util.List.of("vcenter-credentials", "dsm-api-token", "dsva-ovf-properties")) {
      h.client().secrets().inNamespace(GiHarness.NS).withName(secret).delete();
    }
    h.client().resources(VCenter.class).inNamespace(GiHarness.NS).withName(GiHarness.VCENTER).delete();
    h.client().resources(PartnerSolution.class).inNamespace(GiHarness.NS).withName(GiHarness.PARTNER).delete();
    Await.until(GiHarness.WAIT, "both held with Ready=False InUse naming " + GI,
        () -> inUse(vcenter()) && inUse(partner()), this::describeReferences);
    assertThat(ready(vcenter()).getMessage()).contains(GI, "orphan-on-delete");
    assertThat(h.hasEvent(GiHarness.VCENTER, "InUse")).isTrue();
    assertThat(h.hasEvent(GiHarness.PARTNER, "InUse")).isTrue();
    Await.until(GiHarness.WAIT, "gi_partnersolution_ready 0 while held",
        () -> h.metric("gi_partnersolution_ready", Map.of("name", GiHarness.PARTNER)) == 0.0,
        this::describeReferences);

    h.client().resource(h.gi(GI)).delete();
    Await.until(GiHarness.WAIT, "the GuestIntrospection, then the VCenter and PartnerSolution gone",
        () -> h.gi(GI) == null && vcenter() == null && partner() == null, this::describeReferences);
    assertThat(h.audit().agencies()).noneMatch(a -> a.agencyName().equals("gi-operator/gi-test/" + GI)
        && !a.destroyed());
    assertThat(h.audit().partnerRegistrations()).isEmpty();
    assertThat(h.sim.counters().get("eam", "DestroyAgency")).isEqualTo(1);
    assertThat(h.sim.counters().get("vim", "Logout")).as("the VCenter's session ended with it").isEqualTo(1);
    assertThat(h.metric("gi_partnersolution_ready", Map.of("name", GiHarness.PARTNER)))
        .as("the deleted PartnerSolution's series is gone").isNaN();
    assertThat(h.metric("gi_vcenter_connected", Map.of("name", GiHarness.VCENTER))).isNaN();
  }

  @Test
  void deleteWhileVCenterIsDownReportsWhyAndCompletesWhenItIsBack() {
    h.sim.control().vcenterDown();
    h.client().resource(h.gi(GI)).delete();
    Await.until(GiHarness.WAIT, "VCenterConnected=False while deleting", () -> {
      var c = h.condition(GI, "VCenterConnected");
      var ready = h.condition(GI, "Ready");
      return c != null && "False".equals(c.getStatus().wireName()) && ready != null
          && "Deleting".equals(ready.getReason()) && ready.getMessage().contains("VCenterUnreachable");
    }, () -> h.describe(GI));
    assertThat(h.gi(GI)).isNotNull();
    h.sim.control().vcenterUp();
    Await.until(GiHarness.WAIT, "the resource gone", () -> h.gi(GI) == null, () -> h.describe(GI));
    assertThat(h.audit().agencies()).noneMatch(a -> a.agencyName().equals("gi-operator/gi-test/" + GI)
        && !a.destroyed());
  }

  @Test
  void orphanAnnotationReleasesTheResourceAndLeavesVSphereAsItIs() {
    h.edit(GI, gi -> {
      var annotations = new HashMap<>(gi.getMetadata().getAnnotations());
      annotations.put("gi-operator.io/orphan-on-delete", "true");
      gi.getMetadata().setAnnotations(annotations);
      return gi;
    });
    GuestIntrospection gi = h.gi(GI);
    h.client().resource(gi).delete();
    Await.until(GiHarness.WAIT, "the resource gone", () -> h.gi(GI) == null, () -> h.describe(GI));
    assertThat(h.agency(GI)).isNotNull();
    assertThat(h.agency(GI).agents()).hasSize(2);
    assertThat(h.audit().partnerRegistrations()).hasSize(2);
    assertThat(h.sim.counters().get("eam", "Uninstall")).isZero();
  }

  private VCenter vcenter() {
    return h.client().resources(VCenter.class).inNamespace(GiHarness.NS).withName(GiHarness.VCENTER).get();
  }

  private PartnerSolution partner() {
    return h.client().resources(PartnerSolution.class).inNamespace(GiHarness.NS).withName(GiHarness.PARTNER).get();
  }

  private static Condition ready(io.fabric8.kubernetes.client.CustomResource<?, ?> r) {
    Object status = r == null ? null : r.getStatus();
    return status instanceof io.gioperator.api.v1alpha1.ConditionedStatus s
        ? GiHarness.condition(s.getConditions(), "Ready") : null;
  }

  private static boolean inUse(io.fabric8.kubernetes.client.CustomResource<?, ?> r) {
    Condition c = ready(r);
    return r != null && r.getMetadata().getDeletionTimestamp() != null && c != null && "InUse".equals(c.getReason())
        && c.getMessage().contains(GI);
  }

  private Object describeReferences() {
    return io.fabric8.kubernetes.client.utils.Serialization.asYaml(vcenter()) + "\n"
        + io.fabric8.kubernetes.client.utils.Serialization.asYaml(partner()) + "\n" + h.describe(GI);
  }
}
