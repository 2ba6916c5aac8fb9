package io.gioperator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.budget.CallBudgetConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GI_VCENTER_RATE_PER_SECOND and GI_VCENTER_MAX_CONCURRENT become the per-vCenter call budget of the client. */
class OperatorConfigCallBudgetTest {

  @Test
  void theEnvironmentSetsRateAndConcurrencyAndKeepsTheOtherDefaults() {
    CallBudgetConfig budget = OperatorConfig.fromEnvironment(Map.of(
        OperatorConfig.VCENTER_RATE_PER_SECOND, "2.5", OperatorConfig.VCENTER_MAX_CONCURRENT, "3")).callBudget();

    assertThat(budget.rateLimit()).isEqualTo(3);
    assertThat(budget.rateLimitPeriod()).isEqualTo(Duration.ofSeconds(1));
    assertThat(budget.maxConcurrentCalls()).isEqualTo(3);
    assertThat(budget.retryMaxAttempts()).isEqualTo(CallBudgetConfig.defaults().retryMaxAttempts());
  }

  @Test
  void aRateBelowOnePerSecondSpacesSingleCalls() {
    CallBudgetConfig budget = OperatorConfig.fromEnvironment(Map.of(OperatorConfig.VCENTER_RATE_PER_SECOND, "0.5"))
        .callBudget();

    assertThat(budget.rateLimit()).isEqualTo(1);
    assertThat(budget.rateLimitPeriod()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void withoutTheVariablesTheDefaultsAre20PerSecondAnd8Concurrent() {
    CallBudgetConfig budget = OperatorConfig.defaults().callBudget();

    assertThat(budget.rateLimit()).isEqualTo(20);
    assertThat(budget.maxConcurrentCalls()).isEqualTo(8);
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(OperatorConfig.VCENTER_RATE_PER_SECOND, "0")))
        .hasMessageContaining("GI_VCENTER_RATE_PER_SECOND");
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of(OperatorConfig.VCENTER_MAX_CONCURRENT, "x")))
        .hasMessageContaining("GI_VCENTER_MAX_CONCURRENT");
  }
}
