package io.gioperator.reconcile.gi;

import io.gioperator.reconcile.plan.Tunables;
import java.time.Clock;
import java.time.Duration;

/**
 * Timing of the GuestIntrospection controller. {@code converging}: how soon EAM is polled again while work is in
 * progress; {@code steady}: when nothing is; {@code retry}: after a failed observation. The clock is injectable so
 * tests can move the planner's time (health timeouts of minutes) without weakening validation; {@code tunables}
 * are the planner's retry intervals and timeouts ({@link Tunables#DEFAULTS} in production);
 * {@code partnerWatch}: how often the partner watch lists the registrations of a cluster that is in the steady
 * state, so a service going DOWN is noticed before the next steady poll; {@link #PARTNER_WATCH_OFF} (zero) for
 * none, when the solution manager must not be polled more often than the steady poll does.
 */
public record ReconcileSettings(Duration converging, Duration steady, Duration retry, Duration taskTimeout,
                                Duration watchMaxWait, Clock clock, Tunables tunables, Duration partnerWatch) {

  /** The partner watch's default poll. */
  public static final Duration DEFAULT_PARTNER_WATCH = Duration.ofSeconds(30);
  /** No partner watch: changes at the solution manager are seen at the next steady poll. */
  public static final Duration PARTNER_WATCH_OFF = Duration.ZERO;

  /** With the default partner watch interval. */
  public ReconcileSettings(Duration converging, Duration steady, Duration retry, Duration taskTimeout,
                           Duration watchMaxWait, Clock clock, Tunables tunables) {
    this(converging, steady, retry, taskTimeout, watchMaxWait, clock, tunables, DEFAULT_PARTNER_WATCH);
  }

  public static ReconcileSettings defaults() {
    return new ReconcileSettings(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(30),
        Duration.ofMinutes(10), Duration.ofSeconds(60), Clock.systemUTC(), Tunables.DEFAULTS, DEFAULT_PARTNER_WATCH);
  }

  public ReconcileSettings withClock(Clock value) {
    return new ReconcileSettings(converging, steady, retry, taskTimeout, watchMaxWait, value, tunables,
        partnerWatch);
  }

  public ReconcileSettings withIntervals(Duration convergingValue, Duration steadyValue, Duration retryValue) {
    return new ReconcileSettings(convergingValue, steadyValue, retryValue, taskTimeout, watchMaxWait, clock,
        tunables, partnerWatch);
  }

  public ReconcileSettings withTunables(Tunables value) {
    return new ReconcileSettings(converging, steady, retry, taskTimeout, watchMaxWait, clock, value, partnerWatch);
  }

  public ReconcileSettings withPartnerWatch(Duration value) {
    return new ReconcileSettings(converging, steady, retry, taskTimeout, watchMaxWait, clock, tunables, value);
  }
}
