package io.gioperator.reconcile.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.reconcile.model.HostRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HostRowsTest {

  @ParameterizedTest
  @EnumSource(io.gioperator.reconcile.model.HostStep.class)
  void everyPlannerStepHasAnApiStep(io.gioperator.reconcile.model.HostStep step) {
    assertThat(HostRows.step(step)).isNotNull();
  }

  @Test
  void stepsTheApiLacksKeepTheirNameInTheMessage() {
    HostRow row = new HostRow("host-1", "esx-1", "8.0.2", "1", io.gioperator.reconcile.model.HostStep.WaitingForService,
        "ServiceWarning", "the partner reports WARNING", null, null, null, null, null, null, 0, false);
    assertThat(HostRows.step(row.step())).isEqualTo(HostStep.REGISTERING);
    assertThat(HostRows.message(row)).isEqualTo("WaitingForService/ServiceWarning: the partner reports WARNING");
  }
}
