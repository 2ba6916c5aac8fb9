package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.gioperator.api.v1alpha1.DurationString;
import io.gioperator.app.OperatorConfig;
import io.gioperator.reconcile.gi.ReconcileSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** values.schema.json stops bad values at `helm install`, before anything reaches the cluster. */
class ChartValuesSchemaTest {

  private final HelmChart chart = HelmChart.ofRepo();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      replicas: -1                                          | replicas
      replicas: two                                         | replicas
      'replicas: 2\nleaderElection: {enabled: false}'       | replicas
      logFormat: xml                                        | logFormat
      reconcileThreads: 0                                   | reconcileThreads
      watchNamespaces: [Team_A]                             | watchNamespaces
      'watchNamespaces: [a, a]'                             | watchNamespaces
      replica: 2                                            | replica
      image: {pullPolicy: Sometimes}                        | pullPolicy
      'image: {digest: "latest"}'                           | digest
      vcenterCallBudget: {ratePerSecond: 0}                 | ratePerSecond
      vcenterCallBudget: {maxConcurrent: 0}                 | maxConcurrent
      http: {port: 70000}                                   | port
      networkPolicy: {enabled: true}                        | cidrs
      'networkPolicy: {vcenters: [{cidr: vcenter.local, ports: [443]}]}' | cidr
      podDisruptionBudget: {maxUnavailable: many}           | maxUnavailable
      metrics: {serviceMonitor: {interval: often}}          | interval
      reconcile: {steadyInterval: 5 minutes}                | steadyInterval
      reconcile: {convergingInterval: 5}                    | convergingInterval
      reconcile: {retryInterval: 0s}                        | retryInterval
      reconcile: {partnerWatchInterval: 30}                 | partnerWatchInterval
      reconcile: {partnerWatchInterval: never}              | partnerWatchInterval
      'reconcile: {retryInterval: "off"}'                   | retryInterval
      reconcile: {pollInterval: 5s}                         | pollInterval
      """)
  void badValuesAreRejectedNamingTheField(String values, String field) {
    assertThatThrownBy(() -> chart.renderText(values.replace("\\n", "\n")))
        .hasMessageContaining("schema")
        .hasMessageContaining(field);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "replicas: 1\nleaderElection: {enabled: false}",
      "replicas: 0",
      "podDisruptionBudget: {maxUnavailable: \"50%\"}",
      "vcenterCallBudget: {ratePerSecond: 0.5, maxConcurrent: 1}",
      "networkPolicy: {enabled: true, kubernetesApi: {cidrs: [10.96.0.1/32]}}",
      "watchNamespaces: [team-a]",
      "reconcile: {convergingInterval: 10s, steadyInterval: 1h30m, retryInterval: 500ms}",
      "reconcile: {convergingInterval: \"\", steadyInterval: \"\", retryInterval: \"\"}",
      "reconcile: {partnerWatchInterval: 10s}",
      "reconcile: {partnerWatchInterval: \"\"}",
      "reconcile: {partnerWatchInterval: \"off\"}"})
  void sensibleVariationsAreAccepted(String values) {
    assertThat(chart.render(values).objects()).isNotEmpty();
  }

  @Test
  void theChartPassesHelmLintStrict() {
    LintResult lint = new Helm(chart.dir()).lint().strict().call();

    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
  }

  /** The schema's bounds are the operator's own: what Helm accepts, the process accepts, and no more. */
  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
      "reconcileThreads, GI_RECONCILE_THREADS, 1, 200",
      "shutdownGraceSeconds, GI_SHUTDOWN_GRACE_SECONDS, 0, 600"})
  void theSchemaBoundsMatchWhatTheOperatorAccepts(String value, String variable, int min, int max) {
    for (int accepted : new int[] {min, max}) {
      var env = ChartDeploymentTest.env(chart.render(value + ": " + accepted).operatorContainer());
      assertThat(env).containsEntry(variable, String.valueOf(accepted));
      OperatorConfig.fromEnvironment(env);
    }
    for (int refused : new int[] {min - 1, max + 1}) {
      assertThatThrownBy(() -> chart.renderText(value + ": " + refused)).hasMessageContaining(value);
      assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(variable, String.valueOf(refused))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * An interval the schema lets through, the operator reads as the same duration; one the operator could never
   * accept (not a duration, or zero) stops `helm install`. The 24h ceiling and converging <= steady are checked by
   * the operator alone, at start-up.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1ms", "500ms", "30s", "5m", "0h10m", "1h30m", "24h"})
  void intervalsTheSchemaAcceptsTheOperatorReadsAlike(String value) {
    var env = ChartDeploymentTest.env(chart.render("reconcile: {retryInterval: \"" + value + "\"}")
        .operatorContainer());

    assertThat(OperatorConfig.fromEnvironment(env).reconcileIntervals().retry())
        .isEqualTo(DurationString.parse(value));
  }

  @Test
  void offSwitchesThePartnerWatchOffAndOnlyThePartnerWatch() {
    var env = ChartDeploymentTest.env(chart.render("reconcile: {partnerWatchInterval: \"off\"}")
        .operatorContainer());

    assertThat(env).containsEntry(OperatorConfig.PARTNER_WATCH_INTERVAL, "off");
    assertThat(OperatorConfig.fromEnvironment(env).reconcileIntervals().partnerWatch())
        .isEqualTo(ReconcileSettings.PARTNER_WATCH_OFF);
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(OperatorConfig.RETRY_INTERVAL, "off")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0s", "0m0s", "5", "5 min", "PT5M", "1.5s", "-5m", "30d"})
  void intervalsTheOperatorRefusesAreRefusedAtInstall(String value) {
    assertThatThrownBy(() -> chart.renderText("reconcile: {retryInterval: \"" + value + "\"}"))
        .hasMessageContaining("schema")
        .hasMessageContaining("retryInterval");
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(OperatorConfig.RETRY_INTERVAL, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(OperatorConfig.RETRY_INTERVAL);
  }
}
