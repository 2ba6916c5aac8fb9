package io.gioperator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/** Both kinds of JOSDK event counts reach the scrape, whatever kind registers first. */
class JosdkMeterFiltersTest {

  @Test
  void eventsWithoutAnActionAreCountedBesideResourceEvents() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(JosdkMeterFilters.uniformEventTags());

    registry.counter("events.received", "controller.name", "guestintrospection", "event", "ResourceEvent",
        "action", "UPDATED").increment();
    registry.counter("events.received", "controller.name", "guestintrospection", "event", "Event").increment(2);

    String scrape = registry.scrape();
    assertThat(scrape).contains(
        "events_received_total{action=\"UPDATED\",controller_name=\"guestintrospection\",event=\"ResourceEvent\"} 1.0");
    assertThat(scrape).contains(
        "events_received_total{action=\"none\",controller_name=\"guestintrospection\",event=\"Event\"} 2.0");
  }
}
