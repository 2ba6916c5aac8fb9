package io.gioperator.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fields the statuses and credential references share through their base classes reach the wire and count in
 * equals: StatusWriter skips the write when the new status equals the old one, so a status that differs only in
 * observedGeneration or a condition must not compare equal.
 */
class SharedFieldsTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static List<Supplier<? extends ConditionedStatus>> statuses() {
    return List.of(GuestIntrospectionStatus::new, VCenterStatus::new, PartnerSolutionStatus::new);
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void observedGenerationAndConditionsRoundTripAndCountInEquals(Supplier<? extends ConditionedStatus> make) {
    ConditionedStatus status = filled(make.get(), 4L, "Ready");

    JsonNode json = SERIALIZATION.convertValue(status, JsonNode.class);
    assertThat(json.path("observedGeneration").asLong()).isEqualTo(4L);
    assertThat(json.path("conditions").path(0).path("type").asText()).isEqualTo("Ready");
    ConditionedStatus back = SERIALIZATION.convertValue(json, status.getClass());
    assertThat(back).isEqualTo(status).hasSameHashCodeAs(status);

    assertThat(filled(make.get(), 5L, "Ready")).isNotEqualTo(status);
    assertThat(filled(make.get(), 4L, "Reconciling")).isNotEqualTo(status);
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void statusesOfDifferentKindsAreNeverEqual(Supplier<? extends ConditionedStatus> make) {
    ConditionedStatus status = filled(make.get(), 1L, "Ready");
    for (Supplier<? extends ConditionedStatus> other : statuses()) {
      ConditionedStatus candidate = filled(other.get(), 1L, "Ready");
      assertThat(candidate.equals(status)).isEqualTo(candidate.getClass() == status.getClass());
    }
  }

  static List<Supplier<? extends CredentialsSecretRef>> credentials() {
    return List.of(VCenterCredentials::new, TokenCredentials::new);
  }

  @ParameterizedTest
  @MethodSource("credentials")
  void theSecretNameRoundTripsAndCountsInEquals(Supplier<? extends CredentialsSecretRef> make) {
    CredentialsSecretRef ref = make.get();
    ref.setName("vc-creds");

    JsonNode json = SERIALIZATION.convertValue(ref, JsonNode.class);
    assertThat(json.path("name").asText()).isEqualTo("vc-creds");
    assertThat(SERIALIZATION.convertValue(json, ref.getClass())).isEqualTo(ref).hasSameHashCodeAs(ref);

    CredentialsSecretRef renamed = make.get();
    renamed.setName("other-creds");
    assertThat(renamed).isNotEqualTo(ref);
  }

  private static ConditionedStatus filled(ConditionedStatus status, long generation, String conditionType) {
    Condition condition = new Condition();
    condition.setType(conditionType);
    condition.setStatus(ConditionStatus.TRUE);
    condition.setReason("AsExpected");
    condition.setLastTransitionTime("2025-03-01T10:15:30Z");
    status.setObservedGeneration(generation);
    status.getConditions().add(condition);
    return status;
  }
}
