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
}
