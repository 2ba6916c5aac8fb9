package io.gioperator.reconcile.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-01-01T00:05:00Z");

  @Test
  void transitionTimeMovesOnlyWhenTheStatusChanges() {
    List<Condition> first = Conditions.merge(null,
        List.of(Conditions.of("Ready", ConditionStatus.FALSE, "HostsNotReady", "0 of 2")), 1L, T1);
    assertThat(first.get(0).getLastTransitionTime()).isEqualTo(T1.toString());

    List<Condition> sameStatus = Conditions.merge(first,
        List.of(Conditions.of("Ready", ConditionStatus.FALSE, "HostsNotReady", "1 of 2")), 2L, T2);
    assertThat(sameStatus.get(0).getLastTransitionTime()).isEqualTo(T1.toString());
    assertThat(sameStatus.get(0).getMessage()).isEqualTo("1 of 2");
    assertThat(sameStatus.get(0).getObservedGeneration()).isEqualTo(2L);

    List<Condition> flipped = Conditions.merge(sameStatus,
        List.of(Conditions.of("Ready", ConditionStatus.TRUE, "Ready", "2 of 2")), 2L, T2);
    assertThat(flipped.get(0).getLastTransitionTime()).isEqualTo(T2.toString());
  }

  @Test
  void withReplacesByType() {
    List<Condition> list = List.of(Conditions.of("A", ConditionStatus.TRUE, "x", ""),
        Conditions.of("B", ConditionStatus.TRUE, "y", ""));
    List<Condition> out = Conditions.with(list, Conditions.of("A", ConditionStatus.FALSE, "z", ""));
    assertThat(out).extracting(Condition::getType).containsExactly("B", "A");
    assertThat(out.get(1).getReason()).isEqualTo("z");
  }
}
