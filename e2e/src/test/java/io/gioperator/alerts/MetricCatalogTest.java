package io.gioperator.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricCatalogTest {

  private static final String DOC = """
      # Metrics

      | metric | type | labels |
      |---|---|---|
      | `reconciliations_started_total` | counter | `controller_name` |
      | `reconciliations_execution_duration_seconds` | timer | `controller_name` |

      ## Other

      | name | severity |
      |---|---|
      | `GiOperatorDown` | critical |
      """;

  @Test
  void readsMetricRowsAndTheSeriesOfTimers() {
    MetricCatalog catalog = new MetricCatalog().addTables(DOC);

    assertThat(catalog.names()).containsExactlyInAnyOrder("reconciliations_started_total",
        "reconciliations_execution_duration_seconds", "reconciliations_execution_duration_seconds_count",
        "reconciliations_execution_duration_seconds_sum", "reconciliations_execution_duration_seconds_max",
        "reconciliations_execution_duration_seconds_bucket");
  }

  @Test
  void aSectionEndsAtTheNextHeadingOfItsLevel() {
    String doc = "# Top\n\n## Client metrics\n\n| `a_total` | counter |\n\n### Sub\n\n| `b` | gauge |\n\n"
        + "## Next\n\n| `c` | gauge |\n";

    MetricCatalog catalog = new MetricCatalog().addTables(MetricCatalog.section(doc, "## Client metrics"));

    assertThat(catalog.names()).containsExactlyInAnyOrder("a_total", "b");
  }

  @Test
  void theDocumentedCatalogHoldsTheContractAndTheClientMetrics() {
    MetricCatalog catalog = MetricCatalog.documented();

    assertThat(catalog.contains("gi_guestintrospection_ready")).isTrue();
    assertThat(catalog.contains("reconciliations_failure_total")).isTrue();
    assertThat(catalog.contains("vsphere_circuitbreaker_state")).isTrue();
    assertThat(catalog.contains("gi_vcenter_connected_total")).isFalse();
  }
}
