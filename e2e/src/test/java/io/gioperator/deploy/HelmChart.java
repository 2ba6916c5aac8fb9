package io.gioperator.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The gi-operator chart rendered by the real Helm engine (helm-java bundles Helm's Go library). */
final class HelmChart {

  static final String RELEASE = "gi-operator";
  static final String NAMESPACE = "gi-system";
  static final String CHART_DIR = "deploy/helm/gi-operator";

  private final Path chartDir;

  HelmChart(Path chartDir) {
    this.chartDir = chartDir;
  }

  static HelmChart ofRepo() {
    return new HelmChart(RepoFiles.path(CHART_DIR));
  }

  Path dir() {
    return chartDir;
  }

  /** `helm template gi-operator <chart> -n gi-system -f <values>`; Helm's error (schema, fail) as an exception. */
  String renderText(String valuesYaml) {
    Path valuesFile = null;
    try {
      valuesFile = Files.createTempFile("gi-values", ".yaml");
      Files.writeString(valuesFile, valuesYaml);
      return new Helm(chartDir).template()
          .withName(RELEASE)
          .withNamespace(NAMESPACE)
          .withValuesFile(valuesFile)
          .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (valuesFile != null) {
        valuesFile.toFile().delete();
      }
    }
  }

  Manifests render(String valuesYaml) {
    return Manifests.parse(renderText(valuesYaml));
  }

  Manifests render() {
    return render("{}");
  }

  List<ObjectNode> renderTrees(String valuesYaml) {
    return YamlDocs.read(renderText(valuesYaml));
  }
}
