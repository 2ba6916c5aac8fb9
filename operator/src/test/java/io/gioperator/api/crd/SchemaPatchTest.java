package io.gioperator.api.crd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

class SchemaPatchTest {

  private final KubernetesSerialization serialization = new KubernetesSerialization();

  private JSONSchemaProps schema() {
    return serialization.unmarshal("""
        {"type": "object", "properties": {
          "conditions": {"type": "array", "description": "d", "items": {"type": "object"}},
          "when": {"type": "string"}}}""", JSONSchemaProps.class);
  }

  @Test
  void mergesIntoNestedPropertiesAndKeepsWhatIsThere() {
    JSONSchemaProps result = new SchemaPatch().apply(schema(), """
        {"properties": {"conditions": {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["type"]},
                        "when": {"format": "date-time"}}}""", serialization);

    JSONSchemaProps conditions = result.getProperties().get("conditions");
    assertThat(conditions.getType()).isEqualTo("array");
    assertThat(conditions.getDescription()).isEqualTo("d");
    assertThat(conditions.getItems().getSchema().getType()).isEqualTo("object");
    assertThat(conditions.getXKubernetesListType()).isEqualTo("map");
    assertThat(conditions.getXKubernetesListMapKeys()).containsExactly("type");
    assertThat(result.getProperties().get("when").getFormat()).isEqualTo("date-time");
    assertThat(result.getProperties().get("when").getType()).isEqualTo("string");
  }

  @Test
  void refusesToPatchAPropertyTheClassDoesNotHave() {
    assertThatThrownBy(() -> new SchemaPatch().apply(schema(), """
        {"properties": {"condition": {"x-kubernetes-list-type": "map"}}}""", serialization))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown property /properties/condition");
  }
}
