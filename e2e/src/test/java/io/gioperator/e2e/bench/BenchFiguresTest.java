package io.gioperator.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic and options, apart from any measuring. */
class BenchFiguresTest {

  @Test
  void callsAreTheDifferenceOfTwoCounterSnapshots() {
    Calls calls = Calls.between(
        Map.of("vim", Map.of("Login", 1L, "RetrievePropertiesEx", 10L), "eam", Map.of()),
        Map.of("vim", Map.of("Login", 1L, "RetrievePropertiesEx", 14L, "DestroyView", 2L),
            "eam", Map.of("CreateAgency", 1L), "partner", Map.of()));

    assertThat(calls.byMethod().get("vim")).containsExactly(Map.entry("DestroyView", 2L),
        Map.entry("RetrievePropertiesEx", 4L));
    assertThat(calls.byApi()).containsEntry("vim", 6L).containsEntry("eam", 1L).containsEntry("partner", 0L);
    assertThat(calls.total()).isEqualTo(7);
    assertThat(calls.get("vim", "Login")).isZero();
    assertThat(calls.perMinute(30).get("vim")).containsEntry("RetrievePropertiesEx", 8.0);
  }

  @Test
  void ratesAndPercentiles() {
    assertThat(Rates.perMinute(3, 60)).isEqualTo(3.0);
    assertThat(Rates.perMinute(1, 7)).isEqualTo(8.6);
    assertThat(Rates.percentile(List.of(4L, 1L, 3L, 2L), 50)).isEqualTo(2);
    assertThat(Rates.percentile(List.of(4L, 1L, 3L, 2L), 100)).isEqualTo(4);
    assertThat(Rates.percentile(List.of(9L), 50)).isEqualTo(9);
    assertThatThrownBy(() -> Rates.perMinute(1, 0)).hasMessageContaining("longer than 0 s");
  }

  @Test
  void optionsHaveTheDocumentedDefaultsAndNameMistakes() {
    BenchOptions defaults = BenchOptions.parse();
    assertThat(defaults.clusters()).isEqualTo(4);
    assertThat(defaults.hosts()).isEqualTo(8);
    assertThat(defaults.timingsName()).isEqualTo("fast");
    assertThat(defaults.steady()).isEqualTo(Duration.ofSeconds(60));

    assertThat(BenchOptions.parse("--timings", "realistic", "--steady-seconds", "5").realistic()).isTrue();
    assertThatThrownBy(() -> BenchOptions.parse("--timings", "slow")).hasMessageContaining("fast or realistic");
    assertThatThrownBy(() -> BenchOptions.parse("--clusters", "0")).hasMessageContaining("1..50");
    assertThatThrownBy(() -> BenchOptions.parse("--hosts")).hasMessageContaining("needs a value");
  }
}
