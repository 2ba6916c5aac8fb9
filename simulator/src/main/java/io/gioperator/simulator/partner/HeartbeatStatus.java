package io.gioperator.simulator.partner;

import java.time.Duration;
import java.time.Instant;

/**
 * Service status from heartbeat history (a pure function). The SVA beats every {@code interval} while it runs;
 * only beats at or after registration reach the manager. UNKNOWN before the first beat, UP while the last beat is
 * younger than {@code warning}, WARNING until {@code down}, DOWN after that (or when the scanner failed, or when no
 * beat ever came within {@code down} of registration).
 */
public final class HeartbeatStatus {
    /** The SVA's heartbeat intervals: the current one ({@code since} != null) and the last finished one. */
    public record History(Instant since, Instant lastStart, Instant lastEnd, boolean scannerFailed) {
        public static final History NONE = new History(null, null, null, false);
    }

    public record Thresholds(Duration interval, Duration warning, Duration down) {
    }

    public record Result(String status, Instant lastHeartbeat, String message) {
    }

    private HeartbeatStatus() {
    }

    public static Instant lastBeat(History h, Instant registeredAt, Instant now, Duration interval) {
        Instant latest = null;
        if (h.since() != null && !h.since().isAfter(now)) {
            latest = beatAtOrBefore(h.since(), now, interval);
        } else if (h.lastStart() != null && h.lastEnd() != null) {
            latest = beatAtOrBefore(h.lastStart(), h.lastEnd().isAfter(now) ? now : h.lastEnd(), interval);
        }
        return latest == null || latest.isBefore(registeredAt) ? null : latest;
    }

    private static Instant beatAtOrBefore(Instant start, Instant end, Duration interval) {
        long n = Duration.between(start, end).toNanos() / Math.max(1, interval.toNanos());
        return start.plusNanos(n * interval.toNanos());
    }

    public static Result evaluate(History h, Instant registeredAt, Instant now, Thresholds t) {
        Instant last = lastBeat(h, registeredAt, now, t.interval());
        if (last == null) {
            if (Duration.between(registeredAt, now).compareTo(t.down()) > 0) {
                return new Result("DOWN", null, "USVM Heartbeat status error: no heartbeat received since "
                        + "registration");
            }
            return new Result("UNKNOWN", null, "Waiting for the first heartbeat from the SVA");
        }
        if (h.scannerFailed() && h.since() != null) {
            return new Result("DOWN", last, "The SVA reports that its scanner failed");
        }
        Duration age = Duration.between(last, now);
        if (age.compareTo(t.warning()) <= 0) {
            return new Result("UP", last, "Heartbeats are arriving");
        }
        if (age.compareTo(t.down()) <= 0) {
            return new Result("WARNING", last, "Heartbeat is late (last one " + age.toMillis() + " ms ago)");
        }
        return new Result("DOWN", last, "USVM Heartbeat status error: no heartbeat for " + age.toSeconds() + " s");
    }
}
