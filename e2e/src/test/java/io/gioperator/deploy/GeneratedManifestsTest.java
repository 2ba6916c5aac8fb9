package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three ways to install install the same thing: deploy/install.yaml and the kustomize base are the Helm chart
 * rendered with default values, and each kustomize overlay is the chart rendered with the values in the overlay's
 * helm-values.yaml. With -Dgi.deploy.write=true (scripts/sync-chart-crds.sh) the generated files are rewritten.
 */
class GeneratedManifestsTest {

  static final String INSTALL_YAML = "deploy/install.yaml";
  static final String KUSTOMIZE = "deploy/kustomize";
  static final String KUSTOMIZE_CRDS = KUSTOMIZE + "/crds";
  static final String BASE = KUSTOMIZE + "/base";

  private static final String GENERATED = "# Generated from deploy/helm/gi-operator with default values by "
      + "scripts/sync-chart-crds.sh: change the chart, not this file.\n";

  private final HelmChart chart = HelmChart.ofRepo();

  /** In write mode, regenerate before any test compares. */
  @BeforeAll
  static void regenerate() {
    if (RepoFiles.writeMode()) {
      List<ObjectNode> expected = PlainManifests.expectedInstall(HelmChart.ofRepo(), "{}", RepoFiles.path("crds"));
      RepoFiles.write(RepoFiles.path(INSTALL_YAML), GENERATED
          + "# Install: kubectl apply --server-side -f deploy/install.yaml (docs/install.md)\n"
          + YamlDocs.write(expected));
      writeBase(expected);
    }
  }

  @Test
  void installYamlIsTheChartWithDefaultValues() {
    List<ObjectNode> expected = PlainManifests.expectedInstall(chart, "{}", RepoFiles.path("crds"));
    List<ObjectNode> actual = YamlDocs.read(RepoFiles.read(INSTALL_YAML));

    assertThat(PlainManifests.differences(expected, actual))
        .as("deploy/install.yaml is stale: run scripts/sync-chart-crds.sh").isEmpty();
  }

  @Test
  void theKustomizeBaseIsTheChartWithDefaultValues() {
    List<ObjectNode> expected = PlainManifests.expectedInstall(chart, "{}", RepoFiles.path("crds"));

    assertThat(PlainManifests.differences(expected, MiniKustomize.build(RepoFiles.path(BASE))))
        .as("deploy/kustomize/base is stale: run scripts/sync-chart-crds.sh").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"single-namespace", "ha"})
  void eachOverlayIsTheChartWithTheValuesItDocuments(String overlay) {
    Path dir = RepoFiles.path(KUSTOMIZE + "/overlays/" + overlay);
    String values = RepoFiles.read(dir.resolve("helm-values.yaml"));
    List<ObjectNode> expected = PlainManifests.expectedInstall(chart, values, RepoFiles.path("crds"));

    assertThat(PlainManifests.differences(expected, MiniKustomize.build(dir))).isEmpty();
  }

  @Test
  void theOverlaysDifferFromTheBaseWhereTheySayTheyDo() {
    List<ObjectNode> base = MiniKustomize.build(RepoFiles.path(BASE));
    List<ObjectNode> single = MiniKustomize.build(RepoFiles.path(KUSTOMIZE + "/overlays/single-namespace"));
    List<ObjectNode> ha = MiniKustomize.build(RepoFiles.path(KUSTOMIZE + "/overlays/ha"));

    assertThat(PlainManifests.differences(base, single)).anyMatch(line -> line.contains("ClusterRoleBinding"));
    assertThat(PlainManifests.differences(base, ha)).singleElement()
        .satisfies(line -> assertThat(line).startsWith("differs: apps/Deployment gi-system/gi-operator"));
  }

  /** One file per kind, and a kustomization listing them after the namespace and the CRDs. */
  private static void writeBase(List<ObjectNode> expected) {
    Path base = RepoFiles.path(BASE);
    deleteYaml(base);
    Map<String, List<ObjectNode>> byFile = new LinkedHashMap<>();
    for (ObjectNode doc : expected) {
      if (!"CustomResourceDefinition".equals(doc.path("kind").asText())) {
        byFile.computeIfAbsent(doc.path("kind").asText().toLowerCase(Locale.ROOT) + ".yaml", k -> new ArrayList<>())
            .add(doc);
      }
    }
    StringBuilder kustomization = new StringBuilder(GENERATED)
        .append("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ")
        .append(HelmChart.NAMESPACE).append("\nresources:\n");
    byFile.forEach((file, docs) -> {
      RepoFiles.write(base.resolve(file), GENERATED + YamlDocs.write(docs));
      kustomization.append("  - ").append(file).append('\n');
      if (file.equals("namespace.yaml")) {
        kustomization.append("  - ../crds\n");
      }
    });
    RepoFiles.write(base.resolve("kustomization.yaml"), kustomization.toString());
  }

  static void deleteYaml(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
