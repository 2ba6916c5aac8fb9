package io.gioperator.partner;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Partner client metrics: {@code partner.requests} (timer, Prometheus {@code partner_requests_seconds_*}) by
 * {@code partner} (the solution manager's host name), {@code operation} ({@code about}, {@code register},
 * {@code list}, {@code get}, {@code delete}) and {@code outcome} ({@link PartnerCallOutcome}). No registration,
 * host or VM id as a label.
 */
public final class PartnerMetrics {

    public static final String REQUESTS = "partner.requests";

    private final MeterRegistry registry;

    public PartnerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The observer for clients of the solution manager at {@code config}'s URL. */
    public PartnerCallObserver observer(PartnerClientConfig config) {
        String partner = config.baseUrl().getHost();
        return (operation, outcome, elapsed) -> Timer.builder(REQUESTS)
                .description("REST calls to partner solution managers")
                .tags("partner", partner, "operation", operation, "outcome", outcome)
                .register(registry)
                .record(elapsed);
    }
}
