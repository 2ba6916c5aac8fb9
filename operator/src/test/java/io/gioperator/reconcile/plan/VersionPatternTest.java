package io.gioperator.reconcile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionPatternTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
      "8.0.*, 8.0.2, true",
      "8.0.*, 8.0, true",
      "8.0.*, 8.0.2.1, true",
      "8.0.*, 8.1.0, false",
      "8.0.*, 7.0.3, false",
      "8.0.2, 8.0.2, true",
      "8.0.2, 8.0.3, false",
      "8.0.2, 8.0.2.1, false",
      "8.*.1, 8.0.1, true",
      "8.*.1, 8.0.2, false",
      "*, 6.7.0, true",
      "8, 8.0, false"})
  void matchesSegmentWise(String pattern, String version, boolean expected) {
    assertThat(VersionPattern.matches(pattern, version)).isEqualTo(expected);
  }
}
