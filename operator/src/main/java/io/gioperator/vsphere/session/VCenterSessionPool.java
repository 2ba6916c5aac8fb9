package io.gioperator.vsphere.session;

import io.gioperator.vsphere.budget.CallBudgets;
import io.gioperator.vsphere.budget.VSphereMetrics;
import io.gioperator.vsphere.tls.TlsHttpClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The operator's one holder of vCenter sessions: one session per (vCenter URL, user, password hash), shared by
 * every caller. A new password for the same user and vCenter (rotation) logs the old session out. Sessions are
 * kept alive on a scheduler and logged out on {@link #close()}. Exposes the live-session gauge.
 */
public final class VCenterSessionPool implements AutoCloseable {

    private final VSphereClientConfig config;
    private final CallBudgets budgets;
    private final Map<VCenterTarget.SessionKey, Entry> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private volatile boolean closed;

    private record Entry(VCenterSession session, VCenterConnection connection) {
    }

    public VCenterSessionPool(VSphereClientConfig config, MeterRegistry registry) {
        this.config = config;
        VSphereMetrics metrics = new VSphereMetrics(registry);
        this.budgets = new CallBudgets(config.budget(), metrics);
        metrics.registerLiveSessions(this::liveSessions);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "vsphere-keepalive");
            thread.setDaemon(true);
            return thread;
        });
        long tick = Math.max(10, config.keepAliveInterval().toMillis() / 4);
        scheduler.scheduleWithFixedDelay(this::keepAlive, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** The shared connection for this target; logs in on first use, not here. */
    public VCenterConnection connect(VCenterTarget target) {
        if (closed) {
            throw new SessionClosedException("the vCenter session pool is closed");
        }
        VCenterTarget.SessionKey key = target.sessionKey();
        Entry existing = sessions.get(key);
        if (existing != null) {
            return existing.connection();
        }
        List<VCenterSession> retired = new ArrayList<>();
        Entry entry;
        synchronized (this) {
            entry = sessions.get(key);
            if (entry == null) {
                sessions.entrySet().removeIf(e -> {
                    boolean rotated = e.getKey().sameAccount(key);
                    if (rotated) {
                        retired.add(e.getValue().session());
                    }
                    return rotated;
                });
                entry = newEntry(target);
                sessions.put(key, entry);
            }
        }
        retired.forEach(VCenterSession::replace);
        return entry.connection();
    }

    private Entry newEntry(VCenterTarget target) {
        HttpClient http = TlsHttpClients.create(target.trust(), config.transport().connectTimeout(), target.host());
        VCenterSession session = new VCenterSession(target, http, config, budgets.forVCenter(target.host()));
        return new Entry(session, new VCenterConnection(session, config));
    }

    /** Logs out and forgets every session to this vCenter (e.g. its custom resource was deleted). */
    public void disconnect(URI vcenterUrl) {
        URI normalized = VCenterTarget.normalize(vcenterUrl);
        List<VCenterSession> removed = new ArrayList<>();
        synchronized (this) {
            sessions.entrySet().removeIf(e -> {
                boolean match = e.getKey().url().equals(normalized);
                if (match) {
                    removed.add(e.getValue().session());
                }
                return match;
            });
        }
        removed.forEach(VCenterSession::close);
    }

    /** Sessions currently logged in. */
    public int liveSessions() {
        int live = 0;
        for (Entry entry : sessions.values()) {
            if (entry.session().isLoggedIn()) {
                live++;
            }
        }
        return live;
    }

    private void keepAlive() {
        Duration idle = config.keepAliveInterval();
        for (Entry entry : sessions.values()) {
            entry.session().keepAliveIfIdle(idle);
        }
    }

    /** Logs every session out and stops the keep-alive scheduler. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        List<Entry> all;
        synchronized (this) {
            all = new ArrayList<>(sessions.values());
            sessions.clear();
        }
        for (Entry entry : all) {
            entry.session().close();
        }
    }
}
