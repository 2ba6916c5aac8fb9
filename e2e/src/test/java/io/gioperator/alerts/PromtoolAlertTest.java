package io.gioperator.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluates the alert rules on synthetic series with Prometheus' own rule engine ({@code promtool test rules})
 * and checks that the unit-test files prove, for every alert, that it fires on its failure and stays quiet
 * on a healthy system.
 */
class PromtoolAlertTest {

  private final List<AlertRule> alerts = RuleFiles.alerts(RuleFiles.readYaml(RepoFiles.RULES).path("groups"));
  private final Set<String> alertNames = RuleFiles.alertNames(alerts);

  @TestFactory
  Stream<DynamicTest> everyUnitTestFilePassesUnderPromtool() {
    Promtool promtool = Promtool.fromEnvironment();
    return AlertTestFiles.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Promtool.Result result = promtool.testRules(file);
      assertThat(result.ok()).as("promtool test rules %s:%n%s", file.getFileName(), result.output()).isTrue();
      assertThat(result.output()).contains("SUCCESS");
    }));
  }

  @Test
  void everyUnitTestFileLoadsTheShippedRules() {
    assertThat(AlertTestFiles.all()).isNotEmpty().allSatisfy(file ->
        assertThat(AlertTestFiles.ruleFiles(file)).as(file.getFileName().toString())
            .containsExactly(RepoFiles.RULES));
  }

  @Test
  void everyAlertHasACaseWhereItFires() {
    Set<String> firing = nonHealthyCases().filter(AlertCase::fires).map(AlertCase::alertName)
        .collect(Collectors.toSet());

    assertThat(firing).containsAll(alertNames);
  }

  @Test
  void everyAlertHasACaseWhereItStaysQuietThroughout() {
    // a test (not the shared healthy one) in which every assertion about the alert expects silence
    Map<String, List<AlertCase>> byTestAndAlert = nonHealthyCases()
        .collect(Collectors.groupingBy(c -> c.file() + "|" + c.test() + "|" + c.alertName()));
    Set<String> quiet = byTestAndAlert.values().stream()
        .filter(cases -> cases.stream().noneMatch(AlertCase::fires))
        .map(cases -> cases.get(0).alertName())
        .collect(Collectors.toSet());

    assertThat(quiet).containsAll(alertNames);
  }

  @Test
  void theHealthyOperatorRunsForHoursWithoutAnyAlert() {
    List<AlertCase> healthy = AlertTestFiles.cases(RepoFiles.ALERT_TESTS.resolve(AlertTestFiles.HEALTHY));

    assertThat(healthy).noneMatch(AlertCase::fires);
    for (String alert : alertNames) {
      List<Duration> times = healthy.stream().filter(c -> c.alertName().equals(alert))
          .map(AlertCase::evalTime).toList();
      assertThat(times).as("quiet checks of %s in %s", alert, AlertTestFiles.HEALTHY).hasSizeGreaterThanOrEqualTo(4);
      assertThat(times.stream().max(Duration::compareTo).orElseThrow()).as(alert)
          .isGreaterThanOrEqualTo(Duration.ofHours(3));
    }
  }

  @Test
  void aWrongExpectationFailsUnderPromtool(@TempDir Path dir) throws IOException {
    // The harness must be able to fail: claim GiOperatorDown fires while the operator is up.
    Path wrong = dir.resolve("wrong.test.yml");
    Files.writeString(wrong, """
        rule_files:
          - %s
        evaluation_interval: 1m
        tests:
          - interval: 1m
            input_series:
              - series: 'up{job="gi-operator",instance="10.0.0.5:8080"}'
                values: '1x30'
            alert_rule_test:
              - eval_time: 20m
                alertname: GiOperatorDown
                exp_alerts:
                  - exp_labels:
                      severity: critical
                      job: gi-operator
        """.formatted(RepoFiles.RULES));

    Promtool.Result result = Promtool.fromEnvironment().testRules(wrong);

    assertThat(result.ok()).as(result.output()).isFalse();
    assertThat(result.output()).contains("FAILED").contains("GiOperatorDown");
  }

  private static Stream<AlertCase> nonHealthyCases() {
    return AlertTestFiles.all().stream()
        .filter(file -> !file.getFileName().toString().equals(AlertTestFiles.HEALTHY))
        .flatMap(file -> AlertTestFiles.cases(file).stream());
  }
}
