package io.gioperator.vsphere.budget;

import io.gioperator.vsphere.soap.VSphereTransientException;
import io.gioperator.vsphere.soap.VSphereTransientException.Reason;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The call budget of one vCenter, shared by every session and caller that talks to it:
 * Retry(CircuitBreaker(RateLimiter(Bulkhead(call)))). Each attempt is timed into {@code vsphere.requests}; budget
 * refusals surface as {@link VSphereTransientException} with reason CIRCUIT_OPEN, BULKHEAD_FULL or RATE_LIMITED.
 */
public final class CallBudget {

    private final String vcenter;
    private final VSphereMetrics metrics;
    private final RateLimiter rateLimiter;
    private final Bulkhead bulkhead;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public CallBudget(String vcenter, CallBudgetConfig config, VSphereMetrics metrics) {
        this.vcenter = vcenter;
        this.metrics = metrics;
        this.rateLimiter = RateLimiter.of(vcenter, RateLimiterConfig.custom()
                .limitForPeriod(config.rateLimit())
                .limitRefreshPeriod(config.rateLimitPeriod())
                .timeoutDuration(config.rateLimitWait())
                .build());
        this.bulkhead = Bulkhead.of(vcenter, BulkheadConfig.custom()
                .maxConcurrentCalls(config.maxConcurrentCalls())
                .maxWaitDuration(config.bulkheadWait())
                .build());
        this.retry = Retry.of(vcenter, RetryConfig.custom()
                .maxAttempts(config.retryMaxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(config.retryInitialBackoff(),
                        config.retryMultiplier(), config.retryMaxBackoff()))
                .retryOnException(FailureClassifier::isRetryable)
                .build());
        this.breaker = CircuitBreaker.of(vcenter, CircuitBreakerConfig.custom()
                .failureRateThreshold(config.breakerFailureRatePercent())
                .slidingWindowSize(config.breakerWindowSize())
                .minimumNumberOfCalls(config.breakerMinimumCalls())
                .waitDurationInOpenState(config.breakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(config.breakerHalfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(FailureClassifier::countsAgainstBreaker)
                .build());
        metrics.registerBreaker(vcenter, breaker);
    }

    public String vcenter() {
        return vcenter;
    }

    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    /**
     * Runs {@code call} within the budget. A long poll (WaitForUpdatesEx) does not take a bulkhead slot: it may
     * legitimately hang for minutes and must not starve ordinary calls.
     */
    public <T> T execute(String method, boolean longPoll, Supplier<T> call) {
        Supplier<T> timed = () -> timed(method, call);
        Supplier<T> inner = longPoll ? timed : Bulkhead.decorateSupplier(bulkhead, timed);
        Supplier<T> decorated = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(breaker, RateLimiter.decorateSupplier(rateLimiter, inner)));
        try {
            return decorated.get();
        } catch (CallNotPermittedException e) {
            throw rejected(method, Reason.CIRCUIT_OPEN, "circuit breaker for " + vcenter + " is open", e);
        } catch (BulkheadFullException e) {
            throw rejected(method, Reason.BULKHEAD_FULL, "too many concurrent calls to " + vcenter, e);
        } catch (RequestNotPermitted e) {
            throw rejected(method, Reason.RATE_LIMITED, "call rate limit for " + vcenter + " reached", e);
        }
    }

    private <T> T timed(String method, Supplier<T> call) {
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            return call.get();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            metrics.recordCall(vcenter, method, FailureClassifier.outcome(failure),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private VSphereTransientException rejected(String method, Reason reason, String message, Exception cause) {
        metrics.recordCall(vcenter, method, "rejected", Duration.ZERO);
        return new VSphereTransientException(reason, method + ": " + message, cause);
    }
}
