package io.gioperator.app;

import io.gioperator.reconcile.gi.ReconcileSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How soon the controllers look again, as {@link OperatorConfig} read them from {@code GI_CONVERGING_INTERVAL},
 * {@code GI_STEADY_INTERVAL}, {@code GI_RETRY_INTERVAL} and {@code GI_PARTNER_WATCH_INTERVAL}. {@code converging}:
 * the GuestIntrospection poll while work is in progress; {@code steady}: its poll when nothing is, and the re-check
 * of VCenter and PartnerSolution resources; {@code retry}: after a failed observation; {@code partnerWatch}: how
 * often the partner watch lists the registrations of a steady cluster. OperatorConfig checks the values (it names
 * the variables).
 */
public record ReconcileIntervals(Duration converging, Duration steady, Duration retry, Duration partnerWatch) {

  public ReconcileIntervals {
    Objects.requireNonNull(converging, "converging");
    Objects.requireNonNull(steady, "steady");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(partnerWatch, "partnerWatch");
  }

  /** With the default partner watch interval (30s). */
  public ReconcileIntervals(Duration converging, Duration steady, Duration retry) {
    this(converging, steady, retry, ReconcileSettings.DEFAULT_PARTNER_WATCH);
  }

  /** The intervals of {@link ReconcileSettings#defaults()}: 5s, 5m, 30s, and 30s for the partner watch. */
  public static ReconcileIntervals defaults() {
    ReconcileSettings d = ReconcileSettings.defaults();
    return new ReconcileIntervals(d.converging(), d.steady(), d.retry(), d.partnerWatch());
  }

  /** The given settings with these intervals; task timeout, watch wait, clock and tunables stay as they are. */
  public ReconcileSettings applyTo(ReconcileSettings settings) {
    return settings.withIntervals(converging, steady, retry).withPartnerWatch(partnerWatch);
  }
}
