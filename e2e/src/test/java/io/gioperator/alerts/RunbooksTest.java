package io.gioperator.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One runbook per alert, linked from the index and from docs/observability.md, each with the same parts. */
class RunbooksTest {

  static final List<String> SECTIONS = List.of("## Meaning", "## Impact", "## What the operator already did",
      "## Diagnose", "## Fix", "## Collect for support");
  /** The index and the steps several runbooks share. */
  static final Set<String> NOT_RUNBOOKS = Set.of("README.md", "procedures.md");

  private static final Pattern PROCEDURE_LINK = Pattern.compile("\\(procedures\\.md#([a-z0-9-]+)\\)");

  private final List<AlertRule> alerts = RuleFiles.alerts(RuleFiles.readYaml(RepoFiles.RULES).path("groups"));
  private final Set<String> alertNames = RuleFiles.alertNames(alerts);

  @Test
  void everyAlertHasItsRunbookFileWithEverySection() {
    assertThat(alertNames).allSatisfy(alert -> {
      Path runbook = RepoFiles.RUNBOOKS.resolve(alert + ".md");
      assertThat(runbook).as("runbook of %s", alert).isRegularFile();
      String text = RepoFiles.read(runbook);
      assertThat(text).as(runbook.toString()).startsWith("# " + alert + "\n");
      assertThat(text).as(runbook.toString()).contains(SECTIONS);
      int last = -1;
      for (String section : SECTIONS) {
        assertThat(text.indexOf(section)).as("%s: '%s' in order", runbook.getFileName(), section)
            .isGreaterThan(last);
        last = text.indexOf(section);
      }
    });
  }

  @Test
  void everyRunbookBelongsToAnAlert() throws IOException {
    try (Stream<Path> files = Files.list(RepoFiles.RUNBOOKS)) {
      Set<String> runbooks = files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".md") && !NOT_RUNBOOKS.contains(name))
          .map(name -> name.substring(0, name.length() - 3))
          .collect(Collectors.toSet());
      assertThat(runbooks).containsExactlyInAnyOrderElementsOf(alertNames);
    }
  }

  @Test
  void theIndexLinksEveryRunbookAndTheSharedProcedures() {
    String index = RepoFiles.read(RepoFiles.RUNBOOKS.resolve("README.md"));

    assertThat(alertNames).allSatisfy(alert -> assertThat(index).contains("](" + alert + ".md)"));
    assertThat(index).contains("](procedures.md)");
  }

  @Test
  void linksToSharedProceduresPointToExistingSections() {
    String procedures = RepoFiles.read(RepoFiles.RUNBOOKS.resolve("procedures.md"));
    Set<String> anchors = procedures.lines().filter(line -> line.startsWith("## "))
        .map(RunbooksTest::anchor).collect(Collectors.toSet());

    assertThat(alertNames).allSatisfy(alert -> {
      Matcher link = PROCEDURE_LINK.matcher(RepoFiles.read(RepoFiles.RUNBOOKS.resolve(alert + ".md")));
      while (link.find()) {
        assertThat(anchors).as("%s links procedures.md#%s", alert, link.group(1)).contains(link.group(1));
      }
    });
  }

  /** GitHub's anchor of a heading: lower case, spaces to '-', punctuation other than '-' dropped. */
  static String anchor(String heading) {
    return heading.replaceFirst("^#+ ", "").toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }

  @Test
  void observabilityDocListsEveryAlertWithItsSeverityForAndRunbook() {
    List<String> lines = RepoFiles.read(RepoFiles.OBSERVABILITY_DOC).lines().toList();

    assertThat(alerts).allSatisfy(alert -> {
      String row = lines.stream().filter(line -> line.startsWith("| [`" + alert.name() + "`]"))
          .findFirst().orElseThrow(() -> new AssertionError("no row for " + alert.name() + " in observability.md"));
      assertThat(row).contains("(runbooks/" + alert.name() + ".md)")
          .contains("| " + alert.severity() + " |")
          .contains("| " + alert.forDuration() + " |");
    });
  }
}
