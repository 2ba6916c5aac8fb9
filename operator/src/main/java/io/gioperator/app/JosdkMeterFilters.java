package io.gioperator.app;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * JOSDK's MicrometerMetricsV2 counts {@code events.received} with an {@code action} tag for resource events but
 * without it for other events (timers, the vCenter watch). Prometheus needs one set of label keys per name, so the
 * registry refused the second kind with a warning and those events were never counted; this gives them
 * {@code action="none"}.
 */
final class JosdkMeterFilters {

  static final String EVENTS_RECEIVED = "events.received";
  static final String ACTION = "action";
  static final String NO_ACTION = "none";

  private JosdkMeterFilters() {}

  static MeterFilter uniformEventTags() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        if (EVENTS_RECEIVED.equals(id.getName()) && id.getTag(ACTION) == null) {
          return id.withTag(io.micrometer.core.instrument.Tag.of(ACTION, NO_ACTION));
        }
        return id;
      }
    };
  }
}
