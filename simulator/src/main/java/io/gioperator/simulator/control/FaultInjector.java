package io.gioperator.simulator.control;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-method latency and error injection for the three APIs, plus "EAM not initialized" and "partner manager down".
 * Random errors draw from their own seeded source so that a seed reproduces them.
 */
public final class FaultInjector {
    /** HTTP 503 instead of a SOAP fault / JSON error. */
    public static final String HTTP_503 = "HTTP503";

    /**
     * @param latencyMs extra delay before the call is handled
     * @param errorRate probability in [0,1] that the call fails
     * @param error     a fault type name (e.g. SystemError, NotAuthenticated, EamServiceNotInitialized) or HTTP503
     */
    public record MethodRule(long latencyMs, double errorRate, String error) {
        public MethodRule {
            if (errorRate < 0 || errorRate > 1) {
                throw new IllegalArgumentException("errorRate must be within [0,1]");
            }
            if (latencyMs < 0) {
                throw new IllegalArgumentException("latencyMs must not be negative");
            }
            if (errorRate > 0 && (error == null || error.isBlank())) {
                throw new IllegalArgumentException("error is required when errorRate > 0");
            }
        }
    }

    /** What to do with one call: wait {@code latencyMs}, then fail with {@code error} unless it is null. */
    public record Decision(long latencyMs, String error) {
    }

    private final Map<String, MethodRule> rules = new ConcurrentHashMap<>();
    private final Random random;
    private int eamNotInitializedCalls;
    private boolean eamNotInitializedUntilCleared;
    private volatile boolean partnerDown;

    public FaultInjector(long seed) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    /** Sets a rule for {@code api} ("vim", "eam", "partner") and method; method "*" matches every method. */
    public void setRule(String api, String method, MethodRule rule) {
        rules.put(api + "." + method, rule);
    }

    public void clearRules() {
        rules.clear();
    }

    public Map<String, MethodRule> rules() {
        return Map.copyOf(rules);
    }

    public Optional<Decision> decide(String api, String method) {
        MethodRule rule = rules.get(api + "." + method);
        if (rule == null) {
            rule = rules.get(api + ".*");
        }
        if (rule == null) {
            return Optional.empty();
        }
        boolean fail;
        synchronized (random) {
            fail = rule.errorRate() > 0 && random.nextDouble() < rule.errorRate();
        }
        return Optional.of(new Decision(rule.latencyMs(), fail ? rule.error() : null));
    }

    /** EAM answers EamServiceNotInitialized for the next {@code calls} calls, or until cleared when null. */
    public synchronized void eamNotInitialized(Integer calls) {
        if (calls == null) {
            eamNotInitializedUntilCleared = true;
        } else {
            eamNotInitializedCalls = calls;
        }
    }

    public synchronized void clearEamNotInitialized() {
        eamNotInitializedUntilCleared = false;
        eamNotInitializedCalls = 0;
    }

    /** Whether this EAM call must fail as "not initialized" (consumes one of the N calls). */
    public synchronized boolean consumeEamNotInitialized() {
        if (eamNotInitializedUntilCleared) {
            return true;
        }
        if (eamNotInitializedCalls > 0) {
            eamNotInitializedCalls--;
            return true;
        }
        return false;
    }

    public void partnerDown(boolean down) {
        this.partnerDown = down;
    }

    public boolean partnerDown() {
        return partnerDown;
    }
}
