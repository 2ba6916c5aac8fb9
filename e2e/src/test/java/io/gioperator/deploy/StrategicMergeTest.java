package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The strategic-merge subset the overlays rely on behaves as kustomize does. */
class StrategicMergeTest {

  private static final ObjectNode DEPLOYMENT = YamlDocs.readOne("""
      kind: Deployment
      metadata: {name: op, labels: {a: "1"}}
      spec:
        replicas: 2
        template:
          spec:
            affinity: {podAntiAffinity: {preferred: [x]}}
            containers:
              - name: operator
                args: [--one]
                env: [{name: A, value: a}, {name: B, value: b}]
                volumeMounts: [{name: tmp, mountPath: /tmp}]
              - name: sidecar
                image: s
      """);

  @Test
  void mapsMergeAndScalarsAreReplaced() {
    ObjectNode merged = merge("""
        metadata: {labels: {b: "2"}}
        spec: {replicas: 3}
        """);

    assertThat(merged.at("/metadata/labels")).isEqualTo(YamlDocs.readOne("{a: '1', b: '2'}"));
    assertThat(merged.at("/spec/replicas").asInt()).isEqualTo(3);
    assertThat(merged.at("/spec/template/spec/containers")).hasSize(2);
  }

  @Test
  void containersAndEnvMergeByNameKeepingTheRest() {
    ObjectNode merged = merge("""
        spec:
          template:
            spec:
              containers:
                - name: operator
                  env: [{name: B, value: changed}, {name: C, value: c}]
        """);

    assertThat(merged.at("/spec/template/spec/containers/0/env")).isEqualTo(YamlDocs.MAPPER.valueToTree(
        java.util.List.of(
            java.util.Map.of("name", "A", "value", "a"),
            java.util.Map.of("name", "B", "value", "changed"),
            java.util.Map.of("name", "C", "value", "c"))));
    assertThat(merged.at("/spec/template/spec/containers/0/args/0").asText()).isEqualTo("--one");
    assertThat(merged.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("s");
  }

  @Test
  void listsWithoutAMergeKeyAreReplacedWhole() {
    ObjectNode merged = merge("""
        spec: {template: {spec: {containers: [{name: operator, args: [--two]}]}}}
        """);

    assertThat(merged.at("/spec/template/spec/containers/0/args")).hasSize(1);
    assertThat(merged.at("/spec/template/spec/containers/0/args/0").asText()).isEqualTo("--two");
  }

  @Test
  void nullDeletesAFieldAndDirectivesDeleteItemsOrReplaceMaps() {
    ObjectNode merged = merge("""
        spec:
          template:
            spec:
              affinity: {podAntiAffinity: {preferred: null, required: [y]}}
              containers:
                - {name: sidecar, $patch: delete}
                - name: operator
                  volumeMounts: [{mountPath: /tmp, $patch: delete}]
        metadata: {labels: {$patch: replace, c: "3"}}
        """);

    assertThat(merged.at("/spec/template/spec/affinity/podAntiAffinity"))
        .isEqualTo(YamlDocs.readOne("{required: [y]}"));
    assertThat(merged.at("/spec/template/spec/containers")).hasSize(1);
    assertThat(merged.at("/spec/template/spec/containers/0/volumeMounts")).isEmpty();
    assertThat(merged.at("/metadata/labels")).isEqualTo(YamlDocs.readOne("{c: '3'}"));
  }

  @Test
  void theTargetIsNotChangedAndDeletePatchesAreRecognised() {
    ObjectNode before = DEPLOYMENT.deepCopy();
    merge("spec: {replicas: 9}");

    assertThat(DEPLOYMENT).isEqualTo(before);
    assertThat(StrategicMerge.isDelete(YamlDocs.readOne("{$patch: delete, kind: ClusterRole}"))).isTrue();
    assertThat(StrategicMerge.isDelete(YamlDocs.readOne("{kind: ClusterRole}"))).isFalse();
  }

  private static ObjectNode merge(String patch) {
    return StrategicMerge.merge(DEPLOYMENT, YamlDocs.readOne(patch));
  }
}
