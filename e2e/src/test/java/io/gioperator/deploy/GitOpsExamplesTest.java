package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Flux and Argo CD examples point at what this repository ships and protect the custom resources. */
class GitOpsExamplesTest {

  private static final Set<String> OUR_KINDS = Set.of("GuestIntrospection", "VCenter", "PartnerSolution");

  private final List<ObjectNode> flux = docs("deploy/flux");
  private final List<ObjectNode> argo = docs("deploy/argocd").stream()
      .filter(d -> "Application".equals(d.path("kind").asText())).toList();

  @Test
  void fluxInstallsTheOperatorFromAKustomizationOfThisRepositoryAndWaitsForIt() {
    ObjectNode operator = named(flux, "Kustomization", "gi-operator");
    Path path = RepoFiles.path(operator.at("/spec/path").asText());

    assertThat(operator.at("/spec/wait").asBoolean()).isTrue();
    assertThat(MiniKustomize.build(path)).extracting(d -> d.path("kind").asText()).contains("Deployment");
    assertThat(named(flux, "GitRepository", operator.at("/spec/sourceRef/name").asText())).isNotNull();
  }

  @Test
  void fluxAppliesGuestIntrospectionsAfterTheOperatorNeverPrunesThemAndChecksTheirHealth() {
    ObjectNode resources = named(flux, "Kustomization", "gi-guestintrospections");

    assertThat(resources.at("/spec/dependsOn")).extracting(d -> d.path("name").asText()).containsExactly("gi-operator");
    assertThat(resources.at("/spec/prune").asBoolean(true)).as("prune").isFalse();
    assertThat(resources.at("/spec/healthChecks")).isNotEmpty().allSatisfy(check -> {
      assertThat(check.path("apiVersion").asText()).isEqualTo("gi-operator.io/v1alpha1");
      assertThat(OUR_KINDS).contains(check.path("kind").asText());
    });
    assertThat(named(flux, "GitRepository", resources.at("/spec/sourceRef/name").asText())).isNotNull();
  }

  @Test
  void theFluxHelmReleaseUsesTheChartWithValidValuesAndUpgradesCrds() {
    ObjectNode release = named(flux, "HelmRelease", "gi-operator");

    assertThat(Files.isRegularFile(RepoFiles.path(release.at("/spec/chart/spec/chart").asText()).resolve("Chart.yaml")))
        .isTrue();
    assertThat(release.at("/spec/install/crds").asText()).isEqualTo("CreateReplace");
    assertThat(release.at("/spec/upgrade/crds").asText()).isEqualTo("CreateReplace");
    assertThat(HelmChart.ofRepo().render(release.at("/spec/values").toString()).objects()).isNotEmpty();
  }

  @Test
  void argoInstallsTheChartWithValidValuesBeforeTheCustomResources() {
    ObjectNode operator = named(argo, "Application", "gi-operator");
    ObjectNode resources = named(argo, "Application", "gi-guestintrospections");

    assertThat(Files.isRegularFile(RepoFiles.path(operator.at("/spec/source/path").asText()).resolve("Chart.yaml")))
        .isTrue();
    assertThat(HelmChart.ofRepo().render(operator.at("/spec/source/helm/valuesObject").toString()).objects())
        .isNotEmpty();
    assertThat(operator.at("/spec/syncPolicy/syncOptions")).extracting(JsonNode::asText)
        .contains("ServerSideApply=true");
    assertThat(wave(operator)).isLessThan(wave(resources));
  }

  @Test
  void argoNeverPrunesOrCascadeDeletesTheCustomResources() {
    ObjectNode resources = named(argo, "Application", "gi-guestintrospections");

    assertThat(resources.at("/spec/syncPolicy/automated/prune").asBoolean(true)).isFalse();
    assertThat(resources.at("/metadata/finalizers")).extracting(JsonNode::asText)
        .doesNotContain("resources-finalizer.argocd.argoproj.io");
  }

  private static int wave(ObjectNode application) {
    return Integer.parseInt(application.at("/metadata/annotations").path("argocd.argoproj.io/sync-wave").asText("0"));
  }

  private static ObjectNode named(List<ObjectNode> docs, String kind, String name) {
    return docs.stream()
        .filter(d -> kind.equals(d.path("kind").asText()) && name.equals(d.at("/metadata/name").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  private static List<ObjectNode> docs(String dir) {
    List<ObjectNode> docs = new ArrayList<>();
    for (Path file : RepoFiles.yamlFiles(RepoFiles.path(dir))) {
      docs.addAll(YamlDocs.read(RepoFiles.read(file)));
    }
    return docs;
  }
}
