package io.gioperator.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationStringTest {

  @ParameterizedTest
  @CsvSource({"5m, PT5M", "90s, PT1M30S", "1h30m, PT1H30M", "250ms, PT0.25S", "1h1m1s1ms, PT1H1M1.001S",
      "0s, PT0S", "48h, PT48H", "30m30m, PT1H"})
  void parsesGoStyleDurations(String text, Duration expected) {
    assertThat(DurationString.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "m", "5 m", "1.5h", "-5m", "5M", "PT5M", "5d", "5m "})
  void rejectsEverythingElse(String text) {
    assertThatThrownBy(() -> DurationString.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a duration");
  }

  @Test
  void rejectsNullAndOverflow() {
    assertThatThrownBy(() -> DurationString.parse(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DurationString.parse("99999999999999999999h"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
  }

  @ParameterizedTest
  @CsvSource({"PT5M, 5m", "PT1H30M, 1h30m", "PT0.25S, 250ms", "PT0S, 0s", "PT49H0.5S, 49h500ms"})
  void formatsLargestUnitsFirst(Duration duration, String expected) {
    assertThat(DurationString.format(duration)).isEqualTo(expected);
    assertThat(DurationString.parse(expected)).isEqualTo(duration);
  }

  @Test
  void formatRejectsNegativeDurations() {
    assertThatThrownBy(() -> DurationString.format(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCrdPatternIsTheParsersPattern() {
    assertThat(java.util.regex.Pattern.compile(DurationString.PATTERN).matcher("1h30m").matches()).isTrue();
    assertThat(DurationString.AT_LEAST_ONE_MINUTE).contains(DurationString.PATTERN);
  }
}
