package io.gioperator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.reconcile.gi.ReconcileSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GI_CONVERGING_INTERVAL, GI_STEADY_INTERVAL, GI_RETRY_INTERVAL and GI_PARTNER_WATCH_INTERVAL become the
 * controllers' timing, in the
 * duration syntax of the custom resources; a bad value stops start-up with a message naming variable and value.
 */
class OperatorConfigReconcileIntervalsTest {

  @Test
  void withoutTheVariablesTheIntervalsAre5s5mAnd30s() {
    ReconcileSettings settings = OperatorConfig.defaults().reconcileSettings();

    assertThat(settings.converging()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.steady()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.retry()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.partnerWatch()).isEqualTo(Duration.ofSeconds(30));
    assertThat(OperatorConfig.fromEnvironment(Map.of(OperatorConfig.STEADY_INTERVAL, " ")).reconcileIntervals())
        .isEqualTo(ReconcileIntervals.defaults());
  }

  @Test
  void theEnvironmentSetsTheIntervalsAndKeepsTheOtherTimings() {
    ReconcileSettings settings = OperatorConfig.fromEnvironment(Map.of(
        OperatorConfig.CONVERGING_INTERVAL, "10s",
        OperatorConfig.STEADY_INTERVAL, "1h30m",
        OperatorConfig.RETRY_INTERVAL, "1500ms",
        OperatorConfig.PARTNER_WATCH_INTERVAL, "15s")).reconcileSettings();

    assertThat(settings.converging()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.partnerWatch()).isEqualTo(Duration.ofSeconds(15));
    assertThat(settings.steady()).isEqualTo(Duration.ofMinutes(90));
    assertThat(settings.retry()).isEqualTo(Duration.ofMillis(1500));
    ReconcileSettings defaults = ReconcileSettings.defaults();
    assertThat(settings.taskTimeout()).isEqualTo(defaults.taskTimeout());
    assertThat(settings.watchMaxWait()).isEqualTo(defaults.watchMaxWait());
    assertThat(settings.tunables()).isEqualTo(defaults.tunables());
  }

  @Test
  void convergingMayEqualSteadyAndRetryIsIndependentOfBoth() {
    ReconcileIntervals intervals = OperatorConfig.fromEnvironment(Map.of(
        OperatorConfig.CONVERGING_INTERVAL, "2m", OperatorConfig.STEADY_INTERVAL, "2m",
        OperatorConfig.RETRY_INTERVAL, "10m")).reconcileIntervals();

    assertThat(intervals).isEqualTo(new ReconcileIntervals(Duration.ofMinutes(2), Duration.ofMinutes(2),
        Duration.ofMinutes(10)));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
      "GI_CONVERGING_INTERVAL, 5",
      "GI_CONVERGING_INTERVAL, PT5S",
      "GI_STEADY_INTERVAL, 5 min",
      "GI_STEADY_INTERVAL, -5m",
      "GI_RETRY_INTERVAL, 1.5s",
      "GI_PARTNER_WATCH_INTERVAL, 30",
      "GI_RETRY_INTERVAL, 30d"})
  void aValueThatIsNotADurationNamesVariableValueAndForm(String variable, String value) {
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(variable, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(variable + "=" + value + " is not a duration")
        .hasMessageContaining("30s, 5m or 1h30m");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
      "GI_CONVERGING_INTERVAL, 0s",
      "GI_STEADY_INTERVAL, 0m0s",
      "GI_RETRY_INTERVAL, 0ms",
      "GI_STEADY_INTERVAL, 25h",
      "GI_RETRY_INTERVAL, 24h1s",
      "GI_PARTNER_WATCH_INTERVAL, 0s",
      "GI_PARTNER_WATCH_INTERVAL, 25h"})
  void zeroAndMoreThanADayAreOutOfRange(String variable, String value) {
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(variable, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(variable + "=" + value + " is out of range")
        .hasMessageContaining("above 0 and at most 24h");
  }

  @ParameterizedTest(name = "GI_PARTNER_WATCH_INTERVAL={0}")
  @ValueSource(strings = {"off", " OFF "})
  void offSwitchesThePartnerWatchOffAndKeepsTheOtherIntervals(String value) {
    ReconcileIntervals intervals = OperatorConfig.fromEnvironment(Map.of(
        OperatorConfig.PARTNER_WATCH_INTERVAL, value)).reconcileIntervals();

    assertThat(intervals.partnerWatch()).isEqualTo(ReconcileSettings.PARTNER_WATCH_OFF);
    assertThat(intervals.steady()).isEqualTo(ReconcileIntervals.defaults().steady());
  }

  @Test
  void aBadPartnerWatchValueAlsoNamesTheOffSwitch() {
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(OperatorConfig.PARTNER_WATCH_INTERVAL, "never")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("GI_PARTNER_WATCH_INTERVAL=never is not a duration")
        .hasMessageEndingWith("or off to rely on the steady poll alone");
  }

  @Test
  void aDayIsTheLongestInterval() {
    assertThat(OperatorConfig.fromEnvironment(Map.of(OperatorConfig.STEADY_INTERVAL, "24h"))
        .reconcileIntervals().steady()).isEqualTo(OperatorConfig.LONGEST_INTERVAL);
  }

  @Test
  void convergingLongerThanSteadyIsRefusedNamingBoth() {
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(
        OperatorConfig.CONVERGING_INTERVAL, "10m", OperatorConfig.STEADY_INTERVAL, "5m")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GI_CONVERGING_INTERVAL=10m is longer than GI_STEADY_INTERVAL=5m: the poll while work is in "
            + "progress must be at most the poll when nothing is");
  }

  @Test
  void aSteadyIntervalBelowTheDefaultConvergingOneSaysTheDefaultIsTheProblem() {
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(OperatorConfig.STEADY_INTERVAL, "2s")))
        .hasMessageStartingWith("GI_CONVERGING_INTERVAL=5s (the default) is longer than GI_STEADY_INTERVAL=2s");
  }

  @Test
  void theOtherSettingsKeepTheIntervals() {
    OperatorConfig config = OperatorConfig.fromEnvironment(Map.of(OperatorConfig.STEADY_INTERVAL, "20m"));

    assertThat(config.withHttpPort(0).withServerSideApply(false).reconcileIntervals().steady())
        .isEqualTo(Duration.ofMinutes(20));
  }
}
