package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The chart and the kustomize CRD directory ship exactly the CRDs generated into crds/ (scripts/sync-chart-crds.sh
 * copies them), and the chart's rules file is the one in deploy/prometheus/.
 */
class ChartCrdsTest {

  static final String REPO_CRDS = "crds";
  static final String CHART_CRDS = HelmChart.CHART_DIR + "/crds";
  static final String RULES = "deploy/prometheus/gi-operator-rules.yaml";
  static final String CHART_RULES = HelmChart.CHART_DIR + "/files/gi-operator-rules.yaml";

  @Test
  void theChartShipsTheRepositorysCrdsByteForByte() {
    Map<String, String> repo = yamlContents(RepoFiles.path(REPO_CRDS));
    Map<String, String> chart = yamlContents(RepoFiles.path(CHART_CRDS));

    assertThat(chart.keySet()).as("CRD files of the chart vs crds/: run scripts/sync-chart-crds.sh")
        .isEqualTo(repo.keySet());
    assertThat(chart).as("CRD contents of the chart vs crds/: run scripts/sync-chart-crds.sh").isEqualTo(repo);
  }

  @Test
  void theKustomizeCrdDirectoryShipsTheSameCrdsAndListsEveryFile() {
    Map<String, String> repo = yamlContents(RepoFiles.path(REPO_CRDS));
    Path dir = RepoFiles.path(GeneratedManifestsTest.KUSTOMIZE_CRDS);
    Map<String, String> kustomize = yamlContents(dir);
    kustomize.remove("kustomization.yaml");

    assertThat(kustomize).as("deploy/kustomize/crds vs crds/: run scripts/sync-chart-crds.sh").isEqualTo(repo);
    List<String> listed = new ArrayList<>();
    YamlDocs.readOne(RepoFiles.read(dir.resolve("kustomization.yaml"))).path("resources")
        .forEach(r -> listed.add(r.asText()));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(repo.keySet());
  }

  @Test
  void everyCrdIsOfTheOperatorsApiGroup() {
    List<ObjectNode> crds = PlainManifests.crds(RepoFiles.path(CHART_CRDS));
    assumeFalse(crds.isEmpty(), "crds/ is empty in this tree: the CRD generator has not run yet");

    assertThat(crds).allSatisfy(crd -> {
      assertThat(crd.path("kind").asText()).isEqualTo("CustomResourceDefinition");
      assertThat(crd.path("spec").path("group").asText()).isEqualTo("gi-operator.io");
      assertThat(crd.path("spec").path("scope").asText()).isEqualTo("Namespaced");
    });
  }

  @Test
  void theOperatorsRbacNamesExactlyThePluralsOfTheShippedCrds() {
    List<ObjectNode> crds = PlainManifests.crds(RepoFiles.path(CHART_CRDS));
    assumeFalse(crds.isEmpty(), "crds/ is empty in this tree: the CRD generator has not run yet");
    Set<String> plurals = new TreeSet<>();
    for (JsonNode crd : crds) {
      plurals.add(crd.path("spec").path("names").path("plural").asText());
    }
    Set<String> granted = new TreeSet<>();
    for (PolicyRule rule : HelmChart.ofRepo().render().get(ClusterRole.class, "gi-operator").getRules()) {
      if (rule.getApiGroups().contains("gi-operator.io")) {
        rule.getResources().forEach(r -> granted.add(r.contains("/") ? r.substring(0, r.indexOf('/')) : r));
      }
    }

    assertThat(granted).isEqualTo(plurals);
  }

  @Test
  void theChartsRulesFileIsTheOneInDeployPrometheus() {
    Path rules = RepoFiles.path(RULES);
    Path chartRules = RepoFiles.path(CHART_RULES);
    String expected = Files.isRegularFile(rules) ? RepoFiles.read(rules) : "";
    String actual = Files.isRegularFile(chartRules) ? RepoFiles.read(chartRules) : "";

    assertThat(actual).as("chart files/gi-operator-rules.yaml vs " + RULES + ": run scripts/sync-chart-crds.sh")
        .isEqualTo(expected);
  }

  /** File name to content for the *.yaml files of a directory (empty when it does not exist). */
  static Map<String, String> yamlContents(Path dir) {
    Map<String, String> contents = new TreeMap<>();
    for (Path file : RepoFiles.yamlFiles(dir)) {
      contents.put(file.getFileName().toString(), RepoFiles.read(file));
    }
    return contents;
  }
}
