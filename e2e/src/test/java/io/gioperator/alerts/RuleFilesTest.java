package io.gioperator.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The alert rules: valid for Prometheus, the same in both files, and each one complete for a person on call. */
class RuleFilesTest {

  /** The alerts issue 7 asks for, and GiPartnerSolutionNotReady (the partner manager's side). */
  static final Set<String> REQUIRED_ALERTS = Set.of("GiReconcileFailing", "GiGuestIntrospectionNotReady",
      "GiHostStalled", "GiSvaRecreationRateHigh", "GiPartnerServiceDown", "GiMuxVibNotInstalled",
      "GiHostWaitingForMaintenancePermission", "GiVCenterUnreachable", "GiVCenterCircuitOpen",
      "GiEamIssueOpenTooLong", "GiOperatorDown", "GiPartnerSolutionNotReady");

  private static final Pattern GROUPING = Pattern.compile("\\bby\\s*\\(([^)]*)\\)");

  private final List<AlertRule> alerts = RuleFiles.alerts(RuleFiles.readYaml(RepoFiles.RULES).path("groups"));

  @Test
  void promtoolAcceptsThePlainRulesFile() {
    Promtool.Result result = Promtool.fromEnvironment().checkRules(RepoFiles.RULES);

    assertThat(result.ok()).as("promtool check rules %s:%n%s", RepoFiles.RULES, result.output()).isTrue();
    assertThat(result.output()).contains("SUCCESS: " + alerts.size() + " rules found");
  }

  @Test
  void thePrometheusRuleCarriesExactlyTheGroupsOfThePlainFile() {
    JsonNode manifest = RuleFiles.readYaml(RepoFiles.PROMETHEUS_RULE);

    assertThat(manifest.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
    assertThat(manifest.path("kind").asText()).isEqualTo("PrometheusRule");
    assertThat(manifest.path("metadata").path("name").asText()).isNotBlank();
    assertThat(manifest.path("spec").path("groups"))
        .as("spec.groups of %s must equal groups of %s", RepoFiles.PROMETHEUS_RULE, RepoFiles.RULES)
        .isEqualTo(RuleFiles.readYaml(RepoFiles.RULES).path("groups"));
  }

  @Test
  void everyRequiredAlertIsDefined() {
    assertThat(RuleFiles.alertNames(alerts)).containsExactlyInAnyOrderElementsOf(REQUIRED_ALERTS);
  }

  @Test
  void everyAlertHasASeverityAForDurationAndTheAnnotationsAPersonNeeds() {
    assertThat(alerts).allSatisfy(alert -> {
      assertThat(alert.severity()).as(alert.name()).isIn("critical", "warning", "info");
      assertThat(alert.forDuration()).as("%s for:", alert.name()).isNotBlank();
      assertThat(AlertTestFiles.duration(alert.forDuration())).as("%s for:", alert.name()).isPositive();
      assertThat(alert.annotations()).as(alert.name()).containsKeys("summary", "description", "runbook_url");
      assertThat(alert.annotations().get("summary")).as(alert.name()).isNotBlank();
      assertThat(alert.annotations().get("description")).as(alert.name()).isNotBlank();
    });
  }

  @Test
  void everyRunbookUrlPointsToTheRunbookOfItsAlert() {
    assertThat(alerts).allSatisfy(alert -> assertThat(alert.annotations().get("runbook_url"))
        .as(alert.name())
        .isEqualTo(RepoFiles.RUNBOOK_BASE_URL + alert.name() + ".md"));
  }

  @Test
  void everyLabelAnAlertGroupsByIsNamedInItsDescription() {
    assertThat(alerts).allSatisfy(alert -> {
      Set<String> grouped = groupingLabels(alert.expr());
      assertThat(grouped).as("%s groups by nothing", alert.name()).isNotEmpty();
      for (String label : grouped) {
        assertThat(alert.annotations().get("description"))
            .as("%s description must say which %s", alert.name(), label)
            .contains("$labels." + label);
      }
    });
  }

  private static Set<String> groupingLabels(String expr) {
    Set<String> labels = new TreeSet<>();
    Matcher grouping = GROUPING.matcher(expr);
    while (grouping.find()) {
      for (String label : grouping.group(1).split(",")) {
        if (!label.isBlank()) {
          labels.add(label.trim());
        }
      }
    }
    return labels;
  }
}
