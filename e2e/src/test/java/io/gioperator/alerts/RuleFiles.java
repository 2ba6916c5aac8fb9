package io.gioperator.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads Prometheus rule files and PrometheusRule manifests into trees and {@link AlertRule}s. */
final class RuleFiles {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RuleFiles() {}

  static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(RepoFiles.read(file));
    } catch (IOException e) {
      throw new UncheckedIOException("invalid YAML in " + file, e);
    }
  }

  /** Every alerting rule under a {@code groups:} node (recording rules are skipped). */
  static List<AlertRule> alerts(JsonNode groups) {
    List<AlertRule> alerts = new ArrayList<>();
    for (JsonNode group : groups) {
      for (JsonNode rule : group.path("rules")) {
        if (!rule.hasNonNull("alert")) {
          continue;
        }
        alerts.add(new AlertRule(group.path("name").asText(), rule.get("alert").asText(),
            rule.path("expr").asText(), rule.path("for").asText(""), strings(rule.path("labels")),
            strings(rule.path("annotations"))));
      }
    }
    return alerts;
  }

  static Set<String> alertNames(List<AlertRule> alerts) {
    Set<String> names = new LinkedHashSet<>();
    alerts.forEach(alert -> names.add(alert.name()));
    return names;
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
    return map;
  }
}
