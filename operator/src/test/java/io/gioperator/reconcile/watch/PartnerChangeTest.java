package io.gioperator.reconcile.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.PartnerView;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partner watch's decision, "does this poll warrant a reconcile?", on its own. */
class PartnerChangeTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  private static PartnerRegistration reg(String id, String vm, ServiceStatus status, Instant heartbeat) {
    return new PartnerRegistration(id, "host-1" + id, vm, "10.0.0.1", status, heartbeat, "msg " + heartbeat, "20.0.1");
  }

  private static PartnerSnapshot at(Instant now, PartnerRegistration... regs) {
    return PartnerSnapshot.of(new PartnerView(true, List.of(regs)), TIMEOUT, now);
  }

  private static PartnerSnapshot unreachable() {
    return PartnerSnapshot.of(PartnerView.unreachable(), TIMEOUT, T0);
  }

  @Test
  void nothingChangedIsNoReason() {
    PartnerSnapshot s = at(T0, reg("a", "vm-1", ServiceStatus.UP, T0), reg("b", "vm-2", ServiceStatus.WARNING, T0));
    assertThat(PartnerChange.between(s, s)).isEmpty();
    assertThat(PartnerChange.between(at(T0), at(T0.plusSeconds(30)))).isEmpty();
  }

  @Test
  void aHeartbeatThatMerelyMovedOnIsNoReason() {
    PartnerSnapshot before = at(T0, reg("a", "vm-1", ServiceStatus.UP, T0.minusSeconds(5)));
    PartnerSnapshot after = at(T0.plusSeconds(30), reg("a", "vm-1", ServiceStatus.UP, T0.plusSeconds(28)));
    assertThat(PartnerChange.between(before, after)).isEmpty();
  }

  @Test
  void aServiceStatusChangeIsAReason() {
    PartnerSnapshot up = at(T0, reg("a", "vm-1", ServiceStatus.UP, T0));
    PartnerSnapshot down = at(T0, reg("a", "vm-1", ServiceStatus.DOWN, T0));
    PartnerSnapshot warning = at(T0, reg("a", "vm-1", ServiceStatus.WARNING, T0));
    assertThat(PartnerChange.between(up, down)).contains(PartnerChange.SERVICE_STATUS);
    assertThat(PartnerChange.between(down, up)).contains(PartnerChange.SERVICE_STATUS);
    assertThat(PartnerChange.between(up, warning)).contains(PartnerChange.SERVICE_STATUS);
  }

  @Test
  void aRegistrationAppearingDisappearingOrNamingAnotherSvaIsAReason() {
    PartnerSnapshot one = at(T0, reg("a", "vm-1", ServiceStatus.UP, T0));
    PartnerSnapshot two = at(T0, reg("a", "vm-1", ServiceStatus.UP, T0), reg("b", "vm-2", ServiceStatus.UNKNOWN, null));
    PartnerSnapshot moved = at(T0, reg("a", "vm-9", ServiceStatus.UP, T0));
    assertThat(PartnerChange.between(one, two)).contains(PartnerChange.REGISTRATIONS);
    assertThat(PartnerChange.between(two, one)).contains(PartnerChange.REGISTRATIONS);
    assertThat(PartnerChange.between(one, at(T0))).contains(PartnerChange.REGISTRATIONS);
    assertThat(PartnerChange.between(one, moved)).contains(PartnerChange.REGISTRATIONS);
  }

  @Test
  void theManagerBecomingUnreachableOrReachableIsAReason() {
    PartnerSnapshot reachable = at(T0, reg("a", "vm-1", ServiceStatus.UP, T0));
    assertThat(PartnerChange.between(reachable, unreachable())).contains(PartnerChange.REACHABILITY);
    assertThat(PartnerChange.between(unreachable(), reachable)).contains(PartnerChange.REACHABILITY);
    assertThat(PartnerChange.between(unreachable(), at(T0))).contains(PartnerChange.REACHABILITY);
  }

  @Test
  void aManagerThatStaysUnreachableIsNoReason() {
    assertThat(PartnerChange.between(unreachable(), unreachable())).isEmpty();
  }

  @Test
  void aHeartbeatBecomingOlderThanTheTimeoutIsAReasonOnce() {
    Instant last = T0.minusSeconds(10);
    PartnerSnapshot fresh = at(T0, reg("a", "vm-1", ServiceStatus.UP, last));
    PartnerSnapshot atTheTimeout = at(last.plus(TIMEOUT), reg("a", "vm-1", ServiceStatus.UP, last));
    PartnerSnapshot past = at(last.plus(TIMEOUT).plusMillis(1), reg("a", "vm-1", ServiceStatus.UP, last));
    PartnerSnapshot later = at(last.plus(TIMEOUT).plusSeconds(90), reg("a", "vm-1", ServiceStatus.UP, last));

    assertThat(PartnerChange.between(fresh, atTheTimeout)).as("not older than the timeout yet").isEmpty();
    assertThat(PartnerChange.between(fresh, past)).contains(PartnerChange.HEARTBEAT);
    assertThat(PartnerChange.between(past, later)).as("still stale: already seen").isEmpty();
  }

  @Test
  void heartbeatsResumingIsAReason() {
    Instant last = T0.minus(TIMEOUT).minusSeconds(30);
    PartnerSnapshot stale = at(T0, reg("a", "vm-1", ServiceStatus.UP, last));
    PartnerSnapshot resumed = at(T0.plusSeconds(30), reg("a", "vm-1", ServiceStatus.UP, T0.plusSeconds(29)));
    assertThat(PartnerChange.between(stale, resumed)).contains(PartnerChange.HEARTBEAT);
  }

  @Test
  void theTimeoutIsTheGuestIntrospections() {
    Instant last = T0.minusSeconds(90);
    PartnerView view = new PartnerView(true, List.of(reg("a", "vm-1", ServiceStatus.UP, last)));
    assertThat(PartnerSnapshot.of(view, Duration.ofMinutes(1), T0).registrations().get("a").heartbeatStale())
        .isTrue();
    assertThat(PartnerSnapshot.of(view, Duration.ofMinutes(5), T0).registrations().get("a").heartbeatStale())
        .isFalse();
  }

  @Test
  void aRegistrationWithoutAnyHeartbeatYetIsNotStale() {
    PartnerSnapshot s = at(T0.plus(Duration.ofHours(1)), reg("a", "vm-1", ServiceStatus.UNKNOWN, null));
    assertThat(s.registrations().get("a").heartbeatStale()).isFalse();
  }
}
