package io.gioperator.reconcile.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.PartnerSolutionConditions;
import io.gioperator.api.v1alpha1.PartnerSolutionStatus;
import io.gioperator.partner.PartnerAbout;
import io.gioperator.partner.PartnerException;
import io.gioperator.partner.PartnerUnauthorizedException;
import io.gioperator.partner.PartnerUnavailableException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PartnerSolutionStatusesTest {

  private static final CheckIntervals PRODUCTION = new CheckIntervals(Duration.ofMinutes(5), Duration.ofSeconds(30));
  private static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-01-01T10:05:00Z");
  private static final Instant T3 = Instant.parse("2026-01-01T10:05:30Z");
  private static final Instant T4 = Instant.parse("2026-01-01T10:06:00Z");
  private static final CheckOutcome.Reachable REACHABLE = new CheckOutcome.Reachable("https://dsm.lab.local:4119",
      new PartnerAbout("Trend Micro", "Deep Security Manager", "20.0.1", "6.5", "v1"));
  private static final CheckOutcome.ManagerFailed DOWN = CheckOutcome.managerFailed(new PartnerUnavailableException(
      503, "GET /api/v1/about: HTTP 503: The solution manager is unavailable", null));

  @Test
  void aFailedCheckIsCheckedAgainAfterTheFailingIntervalNotTheHealthyOne() {
    assertThat(PartnerSolutionStatuses.recheckAfter(DOWN, PRODUCTION)).isEqualTo(Duration.ofSeconds(30));
    assertThat(PartnerSolutionStatuses.recheckAfter(
        new CheckOutcome.Invalid(PartnerSolutionConditions.REASON_SECRET_NOT_FOUND, "no Secret"), PRODUCTION))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(PartnerSolutionStatuses.recheckAfterError(PRODUCTION)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aHealthyResourceIsCheckedOnTheHealthyInterval() {
    assertThat(PartnerSolutionStatuses.recheckAfter(REACHABLE, PRODUCTION)).isEqualTo(Duration.ofMinutes(5));
    assertThat(PartnerSolutionStatuses.recheckAfter(new CheckOutcome.NoSolutionManager(), PRODUCTION))
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void anOutageThenRecoveryMovesReadyBothWays() {
    PartnerSolutionStatus ready = PartnerSolutionStatuses.next(null, REACHABLE, 1, T1);
    assertThat(ready(ready).getStatus()).isEqualTo(ConditionStatus.TRUE);
    assertThat(ready(ready).getReason()).isEqualTo("Reachable");
    assertThat(ready.getSolutionManager().getProductName()).isEqualTo("Trend Micro Deep Security Manager");
    assertThat(ready.getSolutionManager().getLastContactTime()).isEqualTo(T1.toString());

    PartnerSolutionStatus down = PartnerSolutionStatuses.next(ready, DOWN, 1, T2);
    assertThat(ready(down).getStatus()).isEqualTo(ConditionStatus.FALSE);
    assertThat(ready(down).getReason()).isEqualTo(PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNREACHABLE);
    assertThat(ready(down).getMessage()).contains("HTTP 503");
    assertThat(ready(down).getLastTransitionTime()).isEqualTo(T2.toString());
    assertThat(condition(down, PartnerSolutionConditions.VALID).getStatus()).isEqualTo(ConditionStatus.TRUE);
    assertThat(down.getSolutionManager()).as("what the manager last reported stays").isEqualTo(ready.getSolutionManager());

    PartnerSolutionStatus stillDown = PartnerSolutionStatuses.next(down, DOWN, 1, T3);
    assertThat(stillDown).as("an unchanged failure writes nothing").isEqualTo(down);
    assertThat(PartnerSolutionStatuses.recheckAfter(DOWN, PRODUCTION))
        .as("but the next check still comes after the failing interval").isEqualTo(PRODUCTION.failing());

    PartnerSolutionStatus back = PartnerSolutionStatuses.next(stillDown, REACHABLE, 1, T4);
    assertThat(ready(back).getStatus()).isEqualTo(ConditionStatus.TRUE);
    assertThat(ready(back).getLastTransitionTime()).isEqualTo(T4.toString());
    assertThat(back.getSolutionManager().getLastContactTime()).isEqualTo(T4.toString());
  }

  @Test
  void anUnchangedHealthyResourceIsNotRewritten() {
    PartnerSolutionStatus first = PartnerSolutionStatuses.next(null, REACHABLE, 1, T1);
    PartnerSolutionStatus second = PartnerSolutionStatuses.next(first, REACHABLE, 1, T2);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void failuresOfTheManagerAreNamed() {
    assertThat(DOWN.reason()).isEqualTo(PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNREACHABLE);
    assertThat(CheckOutcome.managerFailed(new PartnerUnavailableException(0, "GET /api/v1/about: I/O error", null))
        .reason()).isEqualTo(PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNREACHABLE);
    assertThat(CheckOutcome.managerFailed(new PartnerException(500, "HttpError", "GET /api/v1/about: HTTP 500"))
        .reason()).isEqualTo(PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNREACHABLE);
    assertThat(CheckOutcome.managerFailed(new PartnerUnauthorizedException("Unauthorized", "HTTP 401")).reason())
        .isEqualTo(PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNAUTHORIZED);
    assertThat(CheckOutcome.managerFailed(new PartnerException(0, "TlsHandshakeFailed", "TLS handshake failed"))
        .reason()).isEqualTo(PartnerSolutionConditions.REASON_CERTIFICATE_NOT_TRUSTED);
  }

  @Test
  void anUnusableSpecIsNotValid() {
    PartnerSolutionStatus status = PartnerSolutionStatuses.next(null,
        new CheckOutcome.Invalid(PartnerSolutionStatuses.REASON_INVALID_SPEC, "URL must be https"), 2, T1);
    assertThat(condition(status, PartnerSolutionConditions.VALID).getStatus()).isEqualTo(ConditionStatus.FALSE);
    assertThat(ready(status).getReason()).isEqualTo(PartnerSolutionStatuses.REASON_INVALID_SPEC);
    assertThat(status.getObservedGeneration()).isEqualTo(2L);
  }

  @Test
  void withoutSolutionManagerReadyTellsSo() {
    PartnerSolutionStatus status = PartnerSolutionStatuses.next(null, new CheckOutcome.NoSolutionManager(), 1, T1);
    assertThat(ready(status).getReason()).isEqualTo("NoSolutionManager");
    assertThat(status.getSolutionManager()).isNull();
  }

  private static Condition ready(PartnerSolutionStatus s) {
    return condition(s, PartnerSolutionConditions.READY);
  }

  private static Condition condition(PartnerSolutionStatus s, String type) {
    return s.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
  }
}
