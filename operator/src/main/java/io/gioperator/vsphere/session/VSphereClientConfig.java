package io.gioperator.vsphere.session;

import io.gioperator.vsphere.budget.CallBudgetConfig;
import io.gioperator.vsphere.soap.TransportSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything tunable about the vSphere client: transport limits, the per-vCenter call budget, the keep-alive
 * (a CurrentTime call when a session was idle that long), task polling pauses and the property page size.
 */
public record VSphereClientConfig(TransportSettings transport, CallBudgetConfig budget, Duration keepAliveInterval,
                                  Duration taskPollInitial, Duration taskPollMax, int propertyPageSize) {

    public VSphereClientConfig {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(keepAliveInterval, "keepAliveInterval");
        Objects.requireNonNull(taskPollInitial, "taskPollInitial");
        Objects.requireNonNull(taskPollMax, "taskPollMax");
        if (keepAliveInterval.isZero() || keepAliveInterval.isNegative() || propertyPageSize < 1) {
            throw new IllegalArgumentException("keepAliveInterval and propertyPageSize must be positive");
        }
    }

    /** Keep-alive after 10 idle minutes (vCenter's default idle timeout is 30), tasks polled 0.5 s..5 s, pages of 500. */
    public static VSphereClientConfig defaults() {
        return new VSphereClientConfig(TransportSettings.defaults(), CallBudgetConfig.defaults(),
                Duration.ofMinutes(10), Duration.ofMillis(500), Duration.ofSeconds(5), 500);
    }

    public VSphereClientConfig withTransport(TransportSettings value) {
        return new VSphereClientConfig(value, budget, keepAliveInterval, taskPollInitial, taskPollMax, propertyPageSize);
    }

    public VSphereClientConfig withBudget(CallBudgetConfig value) {
        return new VSphereClientConfig(transport, value, keepAliveInterval, taskPollInitial, taskPollMax, propertyPageSize);
    }

    public VSphereClientConfig withKeepAlive(Duration value) {
        return new VSphereClientConfig(transport, budget, value, taskPollInitial, taskPollMax, propertyPageSize);
    }

    public VSphereClientConfig withTaskPolling(Duration initial, Duration max) {
        return new VSphereClientConfig(transport, budget, keepAliveInterval, initial, max, propertyPageSize);
    }
}
