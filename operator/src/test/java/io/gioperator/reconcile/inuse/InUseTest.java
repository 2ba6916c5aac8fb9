package io.gioperator.reconcile.inuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.GuestIntrospectionSpec;
import io.gioperator.api.v1alpha1.LocalObjectReference;
import io.gioperator.reconcile.status.Conditions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InUseTest {

  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  @Test
  void usersAreTheGuestIntrospectionsNamingTheResourceSorted() {
    List<GuestIntrospection> gis = List.of(gi("cluster-02", "vc-a", "ds"), gi("cluster-01", "vc-a", "tm"),
        gi("cluster-03", "vc-b", "ds"), gi("broken", null, null));

    assertThat(InUse.usersOfVCenter(gis, "vc-a")).containsExactly("cluster-01", "cluster-02");
    assertThat(InUse.usersOfVCenter(gis, "vc-c")).isEmpty();
    assertThat(InUse.usersOfPartner(gis, "ds")).containsExactly("cluster-02", "cluster-03");
    assertThat(InUse.usersOfPartner(gis, "tm")).containsExactly("cluster-01");
  }

  @Test
  void theMessageNamesTheUsersAndBothWaysOut() {
    String one = InUse.message("VCenter", "gi-system", "vc-lab", List.of("cluster-01"));
    String two = InUse.message("PartnerSolution", "gi-system", "ds", List.of("cluster-01", "cluster-02"));

    assertThat(one).startsWith("VCenter gi-system/vc-lab is being deleted but GuestIntrospection cluster-01 still"
        + " uses it").contains("gi-operator.io/orphan-on-delete=true", "another VCenter");
    assertThat(two).contains("GuestIntrospections cluster-01, cluster-02 still use it", "another PartnerSolution");
  }

  @Test
  void holdingSetsReadyFalseInUseAndKeepsTheOtherConditionsAsTheyWere() {
    Condition connected = Conditions.of("Connected", ConditionStatus.TRUE, "Connected", "logged in");
    Condition ready = Conditions.of("Ready", ConditionStatus.TRUE, "Connected", "logged in");
    List<Condition> before = Conditions.merge(null, List.of(connected, ready), 3L, T0);

    List<Condition> held = InUse.hold(before, "Ready", "in use by cluster-01", 4L, T1);

    assertThat(held).extracting(Condition::getType).containsExactly("Connected", "Ready");
    assertThat(held.get(0)).isEqualTo(before.get(0));
    assertThat(held.get(1).getStatus()).isEqualTo(ConditionStatus.FALSE);
    assertThat(held.get(1).getReason()).isEqualTo(InUse.REASON);
    assertThat(held.get(1).getMessage()).isEqualTo("in use by cluster-01");
    assertThat(held.get(1).getLastTransitionTime()).isEqualTo(T1.toString());
    assertThat(held.get(1).getObservedGeneration()).isEqualTo(4L);
    assertThat(InUse.held(before, "Ready")).isFalse();
    assertThat(InUse.held(held, "Ready")).isTrue();
  }

  @Test
  void holdingAgainKeepsTheTransitionTime() {
    List<Condition> first = InUse.hold(null, "Ready", "in use by cluster-01", 1L, T0);
    List<Condition> again = InUse.hold(first, "Ready", "in use by cluster-01", 1L, T1);

    assertThat(again).isEqualTo(first);
  }

  private static GuestIntrospection gi(String name, String vcenter, String partner) {
    GuestIntrospection gi = new GuestIntrospection();
    gi.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("gi-system").build());
    GuestIntrospectionSpec spec = new GuestIntrospectionSpec();
    spec.setVcenterRef(vcenter == null ? null : ref(vcenter));
    spec.setPartnerRef(partner == null ? null : ref(partner));
    gi.setSpec(spec);
    return gi;
  }

  private static LocalObjectReference ref(String name) {
    LocalObjectReference r = new LocalObjectReference();
    r.setName(name);
    return r;
  }
}
