package io.gioperator.vsphere.budget;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Client metrics. {@code vsphere.requests} (timer, Prometheus {@code vsphere_requests_seconds_*}) by
 * {@code vcenter} (host name), {@code method} (SOAP operation) and {@code outcome}; {@code vsphere.sessions.live};
 * {@code vsphere.circuitbreaker.state} by vcenter (0 closed, 1 open, 2 half-open, 3 other). No object ids as labels.
 */
public final class VSphereMetrics {

    public static final String REQUESTS = "vsphere.requests";
    public static final String LIVE_SESSIONS = "vsphere.sessions.live";
    public static final String BREAKER_STATE = "vsphere.circuitbreaker.state";

    private final MeterRegistry registry;

    public VSphereMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void recordCall(String vcenter, String method, String outcome, Duration elapsed) {
        Timer.builder(REQUESTS)
                .description("SOAP calls to vCenter and EAM")
                .tags("vcenter", vcenter, "method", method, "outcome", outcome)
                .register(registry)
                .record(elapsed);
    }

    public void registerLiveSessions(Supplier<Number> liveSessions) {
        Gauge.builder(LIVE_SESSIONS, liveSessions).description("vCenter sessions logged in").strongReference(true)
                .register(registry);
    }

    public void registerBreaker(String vcenter, CircuitBreaker breaker) {
        Gauge.builder(BREAKER_STATE, breaker, b -> stateValue(b.getState()))
                .description("circuit breaker per vCenter: 0 closed, 1 open, 2 half-open, 3 other")
                .tag("vcenter", vcenter).strongReference(true).register(registry);
    }

    static int stateValue(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
            default -> 3;
        };
    }
}
