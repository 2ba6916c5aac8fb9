package io.gioperator.vsphere.budget;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link CallBudget} per vCenter host, created on first use and shared by all sessions to that vCenter. */
public final class CallBudgets {

    private final CallBudgetConfig config;
    private final VSphereMetrics metrics;
    private final Map<String, CallBudget> budgets = new ConcurrentHashMap<>();

    public CallBudgets(CallBudgetConfig config, VSphereMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    public CallBudget forVCenter(String host) {
        return budgets.computeIfAbsent(host, h -> new CallBudget(h, config, metrics));
    }
}
