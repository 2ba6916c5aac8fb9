package io.gioperator.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checked-in files the alert tests read, located from the repository root (not from test-classes). */
final class RepoFiles {

  static final Path ROOT = findRoot();
  static final Path RULES = ROOT.resolve("deploy/prometheus/rules.yml");
  static final Path PROMETHEUS_RULE = ROOT.resolve("deploy/prometheus/gi-operator-rules.yaml");
  static final Path DASHBOARD = ROOT.resolve("deploy/grafana/gi-operator-dashboard.json");
  static final Path ALERT_TESTS = ROOT.resolve("e2e/src/test/resources/alerts");
  static final Path RUNBOOKS = ROOT.resolve("docs/runbooks");
  static final Path METRICS_DOC = ROOT.resolve("docs/metrics.md");
  static final Path OBSERVABILITY_DOC = ROOT.resolve("docs/observability.md");

  /** Base of every runbook_url; the Helm chart replaces exactly this prefix. */
  static final String RUNBOOK_BASE_URL = "https://github.com/gi-operator/gi-operator/blob/main/docs/runbooks/";

  private RepoFiles() {}

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROOT.relativize(file), e);
    }
  }

  // Surefire runs in e2e/; walk up to the directory holding both the parent POM and e2e/.
  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("e2e/pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
  }
}
