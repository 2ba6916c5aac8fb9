package io.gioperator.simulator.control;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts calls per API and method, to measure how economical a client is with vCenter. */
public final class CallCounters {
    private final Map<String, Map<String, AtomicLong>> counts = new ConcurrentHashMap<>();

    public void count(String api, String method) {
        counts.computeIfAbsent(api, a -> new ConcurrentHashMap<>())
                .computeIfAbsent(method, m -> new AtomicLong()).incrementAndGet();
    }

    public long get(String api, String method) {
        AtomicLong n = counts.getOrDefault(api, Map.of()).get(method);
        return n == null ? 0 : n.get();
    }

    public long total(String api) {
        return counts.getOrDefault(api, Map.of()).values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** api -> method -> count, sorted. */
    public Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (String api : new String[] {"vim", "eam", "partner"}) {
            Map<String, Long> m = new TreeMap<>();
            counts.getOrDefault(api, Map.of()).forEach((k, v) -> m.put(k, v.get()));
            out.put(api, m);
        }
        return out;
    }

    public void reset() {
        counts.clear();
    }
}
