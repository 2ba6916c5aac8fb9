package io.gioperator.simulator.core;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single thread that advances simulated time: every delayed step (task progress, agent provisioning, host
 * reboots, guest boots) is a job here, run while holding the world lock. No thread per host or agent.
 */
public final class SimScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimScheduler.class);
    private final ScheduledThreadPoolExecutor executor;
    private final World world;

    public SimScheduler(World world) {
        this.world = world;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "gisim-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs {@code action} under the world lock after {@code delay}. */
    public ScheduledFuture<?> after(Duration delay, Runnable action) {
        if (executor.isShutdown()) {
            return null;
        }
        return executor.schedule(() -> world.run(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("simulation step failed", e);
            }
        }), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    public int pendingJobs() {
        return executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
