package io.gioperator.vsphere.budget;

import java.time.Duration;

/**
 * The per-vCenter call budget. Rate limiter: at most {@code rateLimit} calls per {@code rateLimitPeriod}, a caller
 * waits up to {@code rateLimitWait} for a permit. Bulkhead: at most {@code maxConcurrentCalls} calls in flight
 * (long polls excepted), waiting up to {@code bulkheadWait}. Retry: transient failures only, at most
 * {@code retryMaxAttempts} attempts in all, exponential backoff from {@code retryInitialBackoff} times
 * {@code retryMultiplier} up to {@code retryMaxBackoff}. Circuit breaker: opens when at least
 * {@code breakerFailureRatePercent}% of the last {@code breakerWindowSize} calls (after
 * {@code breakerMinimumCalls}) failed transiently; stays open {@code breakerOpenDuration}, then lets
 * {@code breakerHalfOpenCalls} probes through.
 */
public record CallBudgetConfig(int rateLimit, Duration rateLimitPeriod, Duration rateLimitWait,
                               int maxConcurrentCalls, Duration bulkheadWait,
                               int retryMaxAttempts, Duration retryInitialBackoff, double retryMultiplier,
                               Duration retryMaxBackoff,
                               float breakerFailureRatePercent, int breakerWindowSize, int breakerMinimumCalls,
                               Duration breakerOpenDuration, int breakerHalfOpenCalls) {

    public CallBudgetConfig {
        if (rateLimit < 1 || maxConcurrentCalls < 1 || retryMaxAttempts < 1 || breakerWindowSize < 1
                || breakerMinimumCalls < 1 || breakerHalfOpenCalls < 1) {
            throw new IllegalArgumentException("call budget limits must be positive");
        }
        if (retryMultiplier < 1.0 || breakerFailureRatePercent <= 0 || breakerFailureRatePercent > 100) {
            throw new IllegalArgumentException("retryMultiplier must be >= 1, failure rate in (0, 100]");
        }
    }

    /**
     * 20 calls/s (wait 5 s for a permit), 8 concurrent (wait 10 s), 4 attempts with 0.5 s..8 s backoff, breaker
     * at 50% of 20 calls (minimum 10), open 30 s, 3 probes.
     */
    public static CallBudgetConfig defaults() {
        return new CallBudgetConfig(20, Duration.ofSeconds(1), Duration.ofSeconds(5), 8, Duration.ofSeconds(10),
                4, Duration.ofMillis(500), 2.0, Duration.ofSeconds(8),
                50f, 20, 10, Duration.ofSeconds(30), 3);
    }
}
