package io.gioperator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** JOSDK's safety-net reconcile never comes sooner than the steady poll asked for. */
class DefaultControllersTest {

  @Test
  void theSafetyNetIsTenMinutesWhileTheSteadyPollIsShorter() {
    assertThat(DefaultControllers.maxReconciliationInterval(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(10));
    assertThat(DefaultControllers.maxReconciliationInterval(Duration.ofMinutes(10)))
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aLongerSteadyPollBecomesTheSafetyNet() {
    assertThat(DefaultControllers.maxReconciliationInterval(Duration.ofMinutes(30)))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aReconcileThatKeepsFailingIsRetriedForeverAtMostEveryRetryInterval() {
    var execution = DefaultControllers.retryPolicy(Duration.ofSeconds(30)).initExecution();
    java.util.List<Long> delays = new java.util.ArrayList<>();
    for (int attempt = 0; attempt < 1000; attempt++) {
      delays.add(execution.nextDelay().orElseThrow(() -> new AssertionError("JOSDK would give up")));
    }
    assertThat(delays.get(0)).isEqualTo(1000L);
    assertThat(delays).isSorted().allSatisfy(d -> assertThat(d).isBetween(1000L, 30_000L));
    assertThat(delays.get(999)).isEqualTo(30_000L);
  }

  @Test
  void aShortRetryIntervalCapsTheFirstDelayToo() {
    var execution = DefaultControllers.retryPolicy(Duration.ofMillis(500)).initExecution();
    assertThat(execution.nextDelay()).contains(500L);
    assertThat(execution.nextDelay()).contains(500L);
  }
}
