package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test renderer builds what kustomize builds for the supported fields and refuses everything else. */
class MiniKustomizeTest {

  @TempDir
  Path dir;

  @Test
  void resourcesPatchesAndNamespaceAreApplied() throws IOException {
    write("base/kustomization.yaml", "namespace: sys\nresources: [objects.yaml]\n");
    write("base/objects.yaml", """
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: op}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: op}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: op}
        spec: {replicas: 1}
        """);
    write("overlay/kustomization.yaml", """
        resources: [../base]
        patches: [{path: scale.yaml}, {path: drop.yaml}]
        """);
    write("overlay/scale.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: op}\nspec: {replicas: 3}\n");
    write("overlay/drop.yaml", "$patch: delete\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
        + "metadata: {name: op}\n");

    List<ObjectNode> built = MiniKustomize.build(dir.resolve("overlay"));

    assertThat(built).extracting(d -> ResourceKey.of(d).toString())
        .containsExactly("ServiceAccount sys/op", "apps/Deployment sys/op");
    assertThat(built.get(1).at("/spec/replicas").asInt()).isEqualTo(3);
  }

  @Test
  void unsupportedFieldsAndAmbiguousPatchesFailTheBuild() throws IOException {
    write("a/kustomization.yaml", "resources: []\ncommonLabels: {x: y}\n");
    assertThatThrownBy(() -> MiniKustomize.build(dir.resolve("a"))).hasMessageContaining("commonLabels");

    write("b/kustomization.yaml", "resources: [o.yaml]\npatches: [{path: p.yaml}]\n");
    write("b/o.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n");
    write("b/p.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: missing}\n");
    assertThatThrownBy(() -> MiniKustomize.build(dir.resolve("b"))).hasMessageContaining("matches 0");

    write("c/kustomization.yaml", "resources: [o.yaml, o.yaml]\n");
    write("c/o.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n");
    assertThatThrownBy(() -> MiniKustomize.build(dir.resolve("c"))).hasMessageContaining("twice");
  }

  private void write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
