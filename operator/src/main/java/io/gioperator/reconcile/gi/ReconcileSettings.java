package io.gioperator.reconcile.gi;

import java.time.Clock;
import java.time.Duration;

/**
 * Timing of the GuestIntrospection controller. {@code converging}: how soon EAM is polled again while work is in
 * progress; {@code steady}: when nothing is; {@code retry}: after a failed observation. The clock is injectable so
 * tests can move the planner's time (health timeouts of minutes) without weakening validation.
 */
public record ReconcileSettings(Duration converging, Duration steady, Duration retry, Duration taskTimeout,
                                Duration watchMaxWait, Clock clock) {

  public static ReconcileSettings defaults() {
    return new ReconcileSettings(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(30),
        Duration.ofMinutes(10), Duration.ofSeconds(60), Clock.systemUTC());
  }

  public ReconcileSettings withClock(Clock value) {
    return new ReconcileSettings(converging, steady, retry, taskTimeout, watchMaxWait, value);
  }

  public ReconcileSettings withIntervals(Duration convergingValue, Duration steadyValue, Duration retryValue) {
    return new ReconcileSettings(convergingValue, steadyValue, retryValue, taskTimeout, watchMaxWait, clock);
  }
}
