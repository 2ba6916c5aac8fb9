package io.gioperator.ops;

import io.gioperator.e2e.lab.RepoRoot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped alert rules (deploy/prometheus/rules.yml), evaluated by Prometheus' own engine ({@code promtool test
 * rules}) over what a real operator served during real faults of the {@link ObservedRun}.
 *
 * <p>Why promtool over recorded scrapes rather than a Prometheus server: it needs no extra binary, port or
 * scrape timing, evaluates deterministically, and the rules file is used unmodified (no shortened {@code for:}).
 * What is stretched is time: scrape {@code i} of a phase becomes the sample at minute {@code i} (see
 * {@link RecordedSeries}), so a 35-second fault is a 35-minute fault to the rules. The values are exactly what
 * the operator served; counters keep their order and values but their rates are scaled by the same factor, so
 * this test only asserts alerts whose expressions are about gauges (Ready, connected) or presence.
 */
class AlertsOnRealFaultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Alerts the faults of the run can legitimately raise besides the one a check expects. */
  private static final String OUTAGE_ALERTS = "GiVCenterUnreachable|GiVCenterCircuitOpen|GiReconcileFailing"
      + "|GiGuestIntrospectionNotReady|GiPartnerSolutionNotReady"; // the partner manager is down with vCenter

  private static ObservedRun run;

  @BeforeAll
  static void observe() throws Exception {
    run = ObservedRun.get();
  }

  @Test
  void aVcenterOutageFiresGiVCenterUnreachable() throws Exception {
    ObservedRun.Phase phase = run.phase("vcenterDown");
    int minutes = phase.to() - 1;

    Promtool.Result result = evaluate("vcenter-down", 0, phase.to(), List.of(
        firing(minutes, "GiVCenterUnreachable", "{alertname=\"GiVCenterUnreachable\",name=\"vcenter-lab\","
            + "namespace=\"gi-system\",severity=\"warning\"}"),
        noneFiringExcept(minutes, OUTAGE_ALERTS)));

    assertThat(result.ok()).as(result.output()).isTrue();
  }

  @Test
  void aPartnerManagerOutageDuringTheRolloutFiresGiGuestIntrospectionNotReady() throws Exception {
    ObservedRun.Phase phase = run.phase("partnerDown");
    int minutes = phase.to() - phase.from() - 1;

    Promtool.Result result = evaluate("partner-down", phase.from(), phase.to(), List.of(
        firing(minutes, "GiGuestIntrospectionNotReady", "{alertname=\"GiGuestIntrospectionNotReady\","
            + "name=\"cluster-01\",namespace=\"gi-system\",severity=\"warning\"}"),
        noneFiringExcept(minutes, "GiGuestIntrospectionNotReady|GiReconcileFailing|GiPartnerSolutionNotReady")));

    assertThat(result.ok()).as(result.output()).isTrue();
  }

  @Test
  void aHealthyOperatorRaisesNoAlertAtAll() throws Exception {
    ObservedRun.Phase phase = run.phase("healthy");
    int minutes = phase.to() - phase.from() - 1;

    // Not even pending: ALERTS holds a sample for every evaluation at which any alert was pending or firing.
    Promtool.Result result = evaluate("healthy", phase.from(), phase.to(), List.of(
        Map.of("expr", "count_over_time(ALERTS[" + (minutes + 1) + "m])", "eval_time", minutes + "m",
            "exp_samples", List.of())));

    assertThat(result.ok()).as(result.output()).isTrue();
  }

  @Test
  void theChecksThemselvesFailOnTheWrongWindow() throws Exception {
    // The same expectation as for the vCenter outage, over the healthy window: promtool must reject it.
    ObservedRun.Phase phase = run.phase("healthy");
    int minutes = phase.to() - phase.from() - 1;

    Promtool.Result result = evaluate("control", phase.from(), phase.to(), List.of(
        firing(minutes, "GiVCenterUnreachable", "{alertname=\"GiVCenterUnreachable\",name=\"vcenter-lab\","
            + "namespace=\"gi-system\",severity=\"warning\"}")));

    assertThat(result.ok()).isFalse();
    assertThat(result.output()).contains("GiVCenterUnreachable");
  }

  private static Map<String, Object> firing(int minutes, String alert, String labels) {
    return Map.of("expr", "count by (alertname, namespace, name, severity) (ALERTS{alertstate=\"firing\","
            + "alertname=\"" + alert + "\"})", "eval_time", minutes + "m",
        "exp_samples", List.of(Map.of("labels", labels, "value", 1)));
  }

  private static Map<String, Object> noneFiringExcept(int minutes, String allowed) {
    return Map.of("expr", "count by (alertname) (ALERTS{alertstate=\"firing\",alertname!~\"" + allowed + "\"})",
        "eval_time", minutes + "m", "exp_samples", List.of());
  }

  /** Writes a promtool test over scrapes [from, to) of the run with these PromQL checks, and runs it. */
  private static Promtool.Result evaluate(String name, int from, int to, List<Map<String, Object>> checks)
      throws Exception {
    Path rules = RepoRoot.find().resolve("deploy/prometheus/rules.yml");
    List<Map<String, Object>> series = new ArrayList<>();
    RecordedSeries.inputSeries(run.scrapes, from, to, RecordedSeriesFilter::relevant)
        .forEach((selector, values) -> series.add(Map.of("series", selector, "values", values)));
    Map<String, Object> test = new LinkedHashMap<>();
    test.put("name", name + ": scrapes " + from + ".." + (to - 1) + " of the observed run, one minute each");
    test.put("interval", "1m");
    test.put("input_series", series);
    test.put("promql_expr_test", checks);
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("rule_files", List.of(rules.toString()));
    file.put("evaluation_interval", "1m");
    file.put("tests", List.of(test));
    Path out = Path.of("target", "ops", "observed", name + ".test.yml").toAbsolutePath();
    Files.createDirectories(out.getParent());
    // JSON is YAML: promtool reads it as its test file format.
    Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
    return Promtool.testRules(out);
  }

  /** The metric families the rules and the dashboard read (JVM and process metrics are left out). */
  static final class RecordedSeriesFilter {
    private RecordedSeriesFilter() {}

    static boolean relevant(String name) {
      return name.startsWith("gi_") || name.startsWith("reconciliations_") || name.startsWith("vsphere_")
          || name.equals("custom_resources");
    }
  }
}
