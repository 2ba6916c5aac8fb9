package io.gioperator.simulator.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A bounded, ordered record of what happened to hosts and VMs and who did it (like vCenter's event list), so that
 * tests can prove properties of a whole run, e.g. "never more than one host in maintenance mode at once" or
 * "nobody but EAM powered off an SVA". Guarded by the world lock.
 */
public final class EventLog {
    /** One event; {@code origin} is CLIENT, CONTROL, EAM or SYSTEM. */
    public record Event(long seq, String at, String kind, String entity, String name, String origin) {
    }

    private static final int CAPACITY = 20_000;
    private final Deque<Event> events = new ArrayDeque<>();
    private long seq;

    void add(String at, String kind, String entity, String name, String origin) {
        events.addLast(new Event(++seq, at, kind, entity, name, origin));
        if (events.size() > CAPACITY) {
            events.removeFirst();
        }
    }

    List<Event> snapshot() {
        return new ArrayList<>(events);
    }
}
