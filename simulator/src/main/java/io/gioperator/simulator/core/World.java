package io.gioperator.simulator.core;

import io.gioperator.simulator.soap.SoapFault;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock that guards all simulated state (inventory, sessions, tasks, EAM, partner registrations), the
 * change version that feeds WaitForUpdatesEx, the clock and the seeded random source. Model classes are plain
 * objects and must only be touched while holding this lock.
 */
public final class World {
    /** An action that may fail with a SOAP fault. */
    public interface Action<T> {
        T run() throws SoapFault;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Random random;
    private final Clock clock;
    private final EventLog events = new EventLog();
    private long version;
    private long entitySeq;

    public World(long seed, Clock clock) {
        this.random = new Random(seed);
        this.clock = clock;
    }

    public <T> T call(Action<T> action) throws SoapFault {
        lock.lock();
        try {
            return action.run();
        } finally {
            lock.unlock();
        }
    }

    public void run(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    public <T> T read(java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Records that something observable changed and wakes every waiting property collector. */
    public void touch() {
        requireLocked();
        version++;
        changed.signalAll();
    }

    /** Wakes waiters without a change (cancellation, shutdown). */
    public void wakeAll() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public long version() {
        return version;
    }

    /** Waits (releasing the lock) until woken or the deadline passes; returns false on timeout. */
    public boolean await(long nanos) throws InterruptedException {
        requireLocked();
        if (nanos <= 0) {
            return false;
        }
        return changed.await(nanos, TimeUnit.NANOSECONDS);
    }

    /** Records an event (kind e.g. HostEnteredMaintenanceMode) about an entity and who caused it. */
    public void event(String kind, String entity, String name, Object origin) {
        requireLocked();
        events.add(now().toString(), kind, entity, name, String.valueOf(origin));
    }

    public java.util.List<EventLog.Event> events() {
        requireLocked();
        return events.snapshot();
    }

    public Instant now() {
        return clock.instant();
    }

    public Random random() {
        requireLocked();
        return random;
    }

    /** The next vCenter-style entity number (one sequence for all types, as vpxd does). */
    public long nextEntityNumber() {
        requireLocked();
        return ++entitySeq;
    }

    /** A random (seeded, hence reproducible) type-4 UUID. */
    public String uuid() {
        requireLocked();
        long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    private void requireLocked() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("world lock not held");
        }
    }
}
