package io.gioperator.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Grafana dashboard: its variables, and every query is valid PromQL over documented metrics only. */
class DashboardTest {

  private final GrafanaDashboard dashboard = GrafanaDashboard.read(RepoFiles.DASHBOARD);
  private final MetricCatalog catalog = MetricCatalog.documented();

  @Test
  void hasTheDatasourceNamespaceAndNameVariables() {
    Map<String, String> variables = new TreeMap<>();
    dashboard.root().path("templating").path("list")
        .forEach(variable -> variables.put(variable.path("name").asText(), variable.path("type").asText()));

    assertThat(variables).containsEntry("datasource", "datasource").containsEntry("namespace", "query")
        .containsEntry("name", "query");
    JsonNode datasource = dashboard.root().path("templating").path("list").get(0);
    assertThat(datasource.path("query").asText()).isEqualTo("prometheus");
  }

  @Test
  void everyQueryingPanelUsesTheDatasourceVariable() {
    List<JsonNode> querying = dashboard.panels().stream().filter(panel -> panel.has("targets")).toList();

    assertThat(querying).isNotEmpty().allSatisfy(panel -> {
      assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
          .isEqualTo("${datasource}");
      panel.path("targets").forEach(target -> assertThat(target.path("datasource").path("uid").asText())
          .as(panel.path("title").asText()).isEqualTo("${datasource}"));
    });
  }

  @Test
  void everyQueryUsesOnlyDocumentedMetrics() {
    List<GrafanaDashboard.Query> queries = allQueries();

    assertThat(queries).hasSizeGreaterThan(10);
    assertThat(queries).allSatisfy(query ->
        assertThat(undocumented(query.expr())).as("%s: %s", query.source(), query.expr()).isEmpty());
  }

  @Test
  void theDashboardShowsEveryMetricFamilyOfTheContract() {
    Set<String> used = allQueries().stream().flatMap(query -> PromQlMetricNames.of(query.expr()).stream())
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(used).contains("gi_guestintrospection_ready", "gi_guestintrospection_hosts_in_scope",
        "gi_guestintrospection_hosts_ready", "gi_guestintrospection_hosts", "gi_partner_service_hosts",
        "gi_eam_issues_open", "gi_sva_recreations_total", "gi_reconcile_failures_total", "gi_vcenter_connected",
        "reconciliations_started_total", "reconciliations_success_total", "reconciliations_failure_total",
        "reconciliations_execution_duration_seconds_sum", "reconciliations_execution_duration_seconds_count",
        "vsphere_requests_seconds_count", "vsphere_requests_seconds_sum", "vsphere_sessions_live",
        "vsphere_circuitbreaker_state");
  }

  @Test
  void promtoolParsesEveryQuery(@TempDir Path dir) throws IOException {
    Path rules = recordingRules(dir, allQueries());

    Promtool.Result result = Promtool.fromEnvironment().checkRules(rules);

    assertThat(result.ok()).as("promtool check rules on the dashboard's queries:%n%s", result.output()).isTrue();
  }

  @Test
  void theChecksRejectAnUndocumentedMetricAndInvalidPromQl(@TempDir Path dir) throws IOException {
    assertThat(undocumented("sum(rate(gi_made_up_total[5m])) / gi_vcenter_connected"))
        .containsExactly("gi_made_up_total");

    Path rules = recordingRules(dir, List.of(new GrafanaDashboard.Query("broken", "sum by (namespace (up)")));
    assertThat(Promtool.fromEnvironment().checkRules(rules).ok()).isFalse();

    assertThatThrownBy(() -> GrafanaDashboard.withSampleValues("up{cluster=~\"$cluster\"}"))
        .hasMessageContaining("$cluster");
  }

  private List<GrafanaDashboard.Query> allQueries() {
    List<GrafanaDashboard.Query> queries = new ArrayList<>(dashboard.panelQueries());
    queries.addAll(dashboard.variableSelectors());
    return queries;
  }

  private Set<String> undocumented(String expr) {
    return PromQlMetricNames.of(expr).stream().filter(name -> !catalog.contains(name))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** One recording rule per query, with Grafana's variables replaced, for promtool to parse. */
  private static Path recordingRules(Path dir, List<GrafanaDashboard.Query> queries) throws IOException {
    ObjectNode root = RuleFiles.YAML.createObjectNode();
    ObjectNode group = root.putArray("groups").addObject().put("name", "dashboard-queries");
    ArrayNode rules = group.putArray("rules");
    for (int i = 0; i < queries.size(); i++) {
      rules.addObject().put("record", "dashboard:query_" + i)
          .put("expr", GrafanaDashboard.withSampleValues(queries.get(i).expr()));
    }
    Path file = dir.resolve("dashboard-queries.yml");
    RuleFiles.YAML.writeValue(file.toFile(), root);
    return file;
  }
}
