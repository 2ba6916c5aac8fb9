package io.gioperator.simulator.core;

import java.time.Duration;

/**
 * How long simulated work takes. {@link #fast()} keeps a whole agency deploy well under a second for tests;
 * {@link #realistic()} takes seconds per step like a lab vCenter, for the demo.
 */
public record Timings(
        Duration taskQueue,
        Duration vmPowerOn,
        Duration vmPowerOff,
        Duration vmDestroy,
        Duration guestBoot,
        Duration hostEnterMaintenance,
        Duration hostExitMaintenance,
        Duration hostReboot,
        Duration hostReconnect,
        Duration maintenanceRetry,
        Duration ovfDownload,
        Duration vmDeploy,
        Duration vibDownload,
        Duration vibInstall,
        Duration eamDetect,
        Duration heartbeatInterval,
        Duration heartbeatWarning,
        Duration heartbeatDown,
        Duration sessionIdleTimeout,
        Duration taskRetention) {

    private static Duration ms(long v) {
        return Duration.ofMillis(v);
    }

    public static Timings fast() {
        return new Timings(ms(1), ms(5), ms(5), ms(5), ms(10), ms(10), ms(5), ms(40), ms(10), ms(10),
                ms(5), ms(15), ms(5), ms(10), ms(3), ms(20), ms(150), ms(400), Duration.ofMinutes(30),
                Duration.ofMinutes(10));
    }

    public static Timings realistic() {
        return new Timings(ms(300), ms(2000), ms(1500), ms(2500), ms(8000), ms(5000), ms(3000), ms(25000),
                ms(4000), ms(2000), ms(3000), ms(12000), ms(2000), ms(6000), ms(1500), ms(5000), ms(20000),
                ms(60000), Duration.ofMinutes(30), Duration.ofMinutes(10));
    }

    public static Timings profile(String name) {
        return switch (name) {
            case "fast" -> fast();
            case "realistic" -> realistic();
            default -> throw new IllegalArgumentException("unknown latency profile " + name
                    + " (fast|realistic)");
        };
    }

    public Timings withSessionIdleTimeout(Duration d) {
        return new Timings(taskQueue, vmPowerOn, vmPowerOff, vmDestroy, guestBoot, hostEnterMaintenance,
                hostExitMaintenance, hostReboot, hostReconnect, maintenanceRetry, ovfDownload, vmDeploy,
                vibDownload, vibInstall, eamDetect, heartbeatInterval, heartbeatWarning, heartbeatDown, d,
                taskRetention);
    }

    public Timings withHeartbeat(Duration interval, Duration warning, Duration down) {
        return new Timings(taskQueue, vmPowerOn, vmPowerOff, vmDestroy, guestBoot, hostEnterMaintenance,
                hostExitMaintenance, hostReboot, hostReconnect, maintenanceRetry, ovfDownload, vmDeploy,
                vibDownload, vibInstall, eamDetect, interval, warning, down, sessionIdleTimeout, taskRetention);
    }
}
