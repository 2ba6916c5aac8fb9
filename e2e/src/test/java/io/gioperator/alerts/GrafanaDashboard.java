package io.gioperator.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL a Grafana dashboard runs: panel targets and variable queries, and their Grafana variables. */
final class GrafanaDashboard {

  /** A query and where it comes from (panel title or variable name). */
  record Query(String source, String expr) {}

  /** Values for Grafana's built-in and template variables that keep an expression valid PromQL. */
  static final Map<String, String> SAMPLE_VALUES = Map.of(
      "__rate_interval", "5m", "__interval", "1m", "__range", "6h",
      "namespace", ".*", "name", ".*", "vcenter", ".*");

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::\\w+)?}|\\[\\[(\\w+)]]|\\$(\\w+)");
  private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*(\\w+)\\s*\\)\\s*$");

  private final JsonNode root;

  GrafanaDashboard(JsonNode root) {
    this.root = root;
  }

  static GrafanaDashboard read(Path file) {
    try {
      return new GrafanaDashboard(new ObjectMapper().readTree(RepoFiles.read(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("invalid JSON in " + file, e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** Every panel, including those nested in rows. */
  List<JsonNode> panels() {
    List<JsonNode> panels = new ArrayList<>();
    collect(root.path("panels"), panels);
    return panels;
  }

  List<Query> panelQueries() {
    List<Query> queries = new ArrayList<>();
    for (JsonNode panel : panels()) {
      for (JsonNode target : panel.path("targets")) {
        queries.add(new Query(panel.path("title").asText(), target.path("expr").asText()));
      }
    }
    return queries;
  }

  /** The series selector of each {@code label_values(selector, label)} variable query. */
  List<Query> variableSelectors() {
    List<Query> selectors = new ArrayList<>();
    for (JsonNode variable : root.path("templating").path("list")) {
      if (!variable.path("type").asText().equals("query")) {
        continue;
      }
      JsonNode query = variable.path("query");
      String text = query.isObject() ? query.path("query").asText() : query.asText();
      Matcher labelValues = LABEL_VALUES.matcher(text);
      if (!labelValues.matches()) {
        throw new IllegalArgumentException("variable " + variable.path("name").asText()
            + " is not a label_values(selector, label) query: " + text);
      }
      selectors.add(new Query("variable " + variable.path("name").asText(), labelValues.group(1)));
    }
    return selectors;
  }

  /** The expression with every Grafana variable replaced by a sample value; unknown variables are an error. */
  static String withSampleValues(String expr) {
    Matcher variable = VARIABLE.matcher(expr);
    StringBuilder out = new StringBuilder();
    while (variable.find()) {
      String name = variable.group(1) != null ? variable.group(1)
          : variable.group(2) != null ? variable.group(2) : variable.group(3);
      String value = SAMPLE_VALUES.get(name);
      if (value == null) {
        throw new IllegalArgumentException("unknown Grafana variable $" + name + " in: " + expr);
      }
      variable.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    variable.appendTail(out);
    return out.toString();
  }

  private static void collect(JsonNode panels, List<JsonNode> into) {
    for (JsonNode panel : panels) {
      into.add(panel);
      collect(panel.path("panels"), into);
    }
  }
}
