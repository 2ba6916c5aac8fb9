package io.gioperator.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** wireName() is what the enum serializes to, and what reads back. */
class EnumWireNamesTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static List<Enum<?>> constants() {
    return List.of(ConditionStatus.values(), DiskProvisioning.values(), IncompatibleHostsAction.values(),
        RemediationAction.values(), RemediationResult.values(), HostStep.values()).stream()
        .flatMap(values -> List.<Enum<?>>of(values).stream()).toList();
  }

  @ParameterizedTest
  @MethodSource("constants")
  void wireNameIsTheSerializedForm(Enum<?> constant) throws Exception {
    String wireName = (String) constant.getClass().getMethod("wireName").invoke(constant);
    assertThat(SERIALIZATION.asJson(constant)).isEqualTo("\"" + wireName + "\"");
    assertThat(SERIALIZATION.unmarshal("\"" + wireName + "\"", constant.getDeclaringClass())).isSameAs(constant);
  }
}
