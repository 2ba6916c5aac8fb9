package io.gioperator.reconcile.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospectionStatus;
import io.gioperator.reconcile.model.HostCounts;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.Pace;
import io.gioperator.reconcile.model.Plan;
import io.gioperator.reconcile.status.Conditions;
import io.gioperator.reconcile.status.GiStatusMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Users read status.hosts[].step, status.hostCounts.byStep and the step label of gi_guestintrospection_hosts side
 * by side: for every planner step, all three name the host's step with the same word (the planner's Recreating is
 * Redeploying everywhere), and the label offers exactly the status's steps.
 */
class StepVocabularyTest {

  private static final Pattern HOSTS_SAMPLE =
      Pattern.compile("(?m)^gi_guestintrospection_hosts\\{[^}]*step=\"([A-Za-z]+)\"[^}]*} (\\S+)$");

  @ParameterizedTest
  @EnumSource(value = HostStep.class, names = "Removed", mode = EnumSource.Mode.EXCLUDE)
  void statusAndMetricsNameTheStepAlike(HostStep step) {
    Plan plan = planWithOneHostAt(step);
    ObservedCluster observed = new ObservedCluster("8.0.2", "22385739", List.of(), null, List.of(), null, null);

    GuestIntrospectionStatus status = GiStatusMapper.fromPlan(null, 1L, plan, observed,
        Conditions.of("VCenterConnected", ConditionStatus.TRUE, "Connected", ""), false, null,
        Instant.parse("2025-03-01T10:15:30Z"));
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new GiMetrics(registry).record("gi", "cluster-a", plan, observed);
    Map<String, Double> byLabel = hostsByStepLabel(registry.scrape());

    String shown = status.getHosts().get(0).getStep().wireName();
    assertThat(status.getHostCounts().getByStep()).containsExactly(Map.entry(shown, 1));
    assertThat(byLabel).containsEntry(shown, 1.0);
    assertThat(byLabel.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(1.0);
    assertThat(byLabel.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(io.gioperator.api.v1alpha1.HostStep.values())
            .map(io.gioperator.api.v1alpha1.HostStep::wireName).toList());
    if (step == HostStep.Recreating) {
      assertThat(shown).isEqualTo("Redeploying");
    }
  }

  private static Plan planWithOneHostAt(HostStep step) {
    HostRow row = new HostRow("host-1", "esx-01.lab.local", "8.0.2", "22380479", step, "SomeReason", "", null, null,
        null, null, null, null, 0, false);
    return new Plan(List.of(), Memory.EMPTY, List.of(row), List.of(), new HostCounts(1, 1, 0, 0, 0, 0, 0, 0),
        List.of(), Pace.Steady);
  }

  private static Map<String, Double> hostsByStepLabel(String scrape) {
    Map<String, Double> out = new TreeMap<>();
    Matcher m = HOSTS_SAMPLE.matcher(scrape);
    while (m.find()) {
      out.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    return out;
  }
}
