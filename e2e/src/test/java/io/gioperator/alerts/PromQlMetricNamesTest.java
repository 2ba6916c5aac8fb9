package io.gioperator.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

  @Test
  void aPlainSelectorIsItsMetric() {
    assertThat(PromQlMetricNames.of("gi_vcenter_connected")).containsExactly("gi_vcenter_connected");
  }

  @Test
  void labelMatchersAndTheirValuesAreNotMetrics() {
    assertThat(PromQlMetricNames.of(
        "gi_guestintrospection_hosts{namespace=~\"$namespace\",step=\"Stalled\",name!~'x{y}'}"))
        .containsExactly("gi_guestintrospection_hosts");
  }

  @Test
  void functionsAggregationsAndGroupingLabelsAreNotMetrics() {
    assertThat(PromQlMetricNames.of("""
        histogram_quantile(0.95, sum by (le, method) (
          rate(gi_vsphere_request_duration_seconds_bucket{vcenter=~"$vcenter"}[$__rate_interval])))"""))
        .containsExactly("gi_vsphere_request_duration_seconds_bucket");
    assertThat(PromQlMetricNames.of("sum(rate(reconciliations_started_total[5m])) without (instance, pod)"))
        .containsExactly("reconciliations_started_total");
  }

  @Test
  void bothSidesOfBinaryAndSetOperatorsCount() {
    assertThat(PromQlMetricNames.of("""
        max by (namespace, name) (gi_guestintrospection_hosts_in_scope)
          - on (namespace, name) group_left (step) max by (namespace, name) (gi_guestintrospection_hosts_ready)
        unless on () absent(up{job="gi-operator"}) and bool other_metric offset 5m"""))
        .containsExactly("gi_guestintrospection_hosts_in_scope", "gi_guestintrospection_hosts_ready",
            "other_metric", "up");
  }

  @Test
  void numbersDurationsAndSubqueriesAreNotMetrics() {
    assertThat(PromQlMetricNames.of("max_over_time(x_total[1h:5m]) * 2.5e3 > 0x1F or vector(1)"))
        .containsExactly("x_total");
  }

  @Test
  void stringArgumentsAreSkippedWhole() {
    assertThat(PromQlMetricNames.of(
        "label_replace(gi_vcenter_connected, \"dst\", \"$1 metric_like_word\", \"name\", \"(.*)\")"))
        .containsExactly("gi_vcenter_connected");
  }

  @Test
  void unbalancedExpressionsAreRejectedNotGuessed() {
    assertThatThrownBy(() -> PromQlMetricNames.of("sum(rate(x_total{a=\"b\"[5m]))"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
