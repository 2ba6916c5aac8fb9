package io.gioperator.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The promtool unit-test files under e2e/src/test/resources/alerts and the cases they assert. */
final class AlertTestFiles {

  static final String HEALTHY = "healthy-operator.test.yml";

  private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|[smhdwy])");

  private AlertTestFiles() {}

  static List<Path> all() {
    try (Stream<Path> files = Files.list(RepoFiles.ALERT_TESTS)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".test.yml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<AlertCase> cases(Path file) {
    JsonNode root = RuleFiles.readYaml(file);
    List<AlertCase> cases = new ArrayList<>();
    for (JsonNode test : root.path("tests")) {
      for (JsonNode assertion : test.path("alert_rule_test")) {
        cases.add(new AlertCase(file.getFileName().toString(), test.path("name").asText(),
            assertion.path("alertname").asText(), duration(assertion.path("eval_time").asText()),
            assertion.path("exp_alerts").size()));
      }
    }
    return cases;
  }

  /** The rule files a test file loads, resolved against the test file's directory as promtool does. */
  static List<Path> ruleFiles(Path file) {
    List<Path> ruleFiles = new ArrayList<>();
    for (JsonNode ruleFile : RuleFiles.readYaml(file).path("rule_files")) {
      ruleFiles.add(file.getParent().resolve(ruleFile.asText()).normalize());
    }
    return ruleFiles;
  }

  /** A Prometheus duration such as {@code 1h50m} or {@code 90s}. */
  static Duration duration(String text) {
    Matcher matcher = DURATION_PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      long amount = Long.parseLong(matcher.group(1));
      total = total.plus(switch (matcher.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        case "d" -> Duration.ofDays(amount);
        case "w" -> Duration.ofDays(7 * amount);
        default -> Duration.ofDays(365 * amount);
      });
      end = matcher.end();
    }
    if (text.isEmpty() || end != text.length()) {
      throw new IllegalArgumentException("not a Prometheus duration: '" + text + "'");
    }
    return total;
  }
}
