package io.gioperator.vsphere.session;

import io.gioperator.vsphere.budget.CallBudgets;
import io.gioperator.vsphere.budget.VSphereMetrics;
import io.gioperator.vsphere.tls.TlsHttpClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's one holder of vCenter sessions: one session per {@link VCenterTarget.SessionKey} (vCenter URL, user,
 * password hash, TLS trust), shared by every owner that connects with that key. An owner is what the credentials
 * and trust come from (one VCenter resource): when its key changes (a rotated password, an edited trust) its old
 * session is logged out, unless another owner still uses it. Owners with different keys for the same vCenter and
 * user each keep their own session. Sessions are kept alive on a scheduler and logged out on {@link #close()}.
 * Exposes the live-session gauge.
 */
public final class VCenterSessionPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VCenterSessionPool.class);

    private final VSphereClientConfig config;
    private final CallBudgets budgets;
    private final Map<VCenterTarget.SessionKey, Entry> sessions = new ConcurrentHashMap<>();
    /** Guarded by {@code this}, like every change of {@link #sessions}. */
    private final SessionOwners<VCenterTarget.SessionKey> owners = new SessionOwners<>();
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

    /**
     * The connection {@code owner} (e.g. {@code namespace/name} of its VCenter resource) uses for {@code target},
     * shared with every owner of the same session key; logs in on first use, not here. When the owner used another
     * key before and no other owner uses that one, the old session is logged out: its connections then throw
     * {@link SessionReplacedException}.
     */
    public VCenterConnection connect(String owner, VCenterTarget target) {
        requireOwner(owner);
        VCenterTarget.SessionKey key = target.sessionKey();
        Entry entry;
        Entry retired = null;
        synchronized (this) {
            if (closed) {
                throw new SessionClosedException("the vCenter session pool is closed");
            }
            entry = sessions.computeIfAbsent(key, k -> newEntry(target));
            Optional<VCenterTarget.SessionKey> unused = owners.use(owner, key);
            if (unused.isPresent()) {
                retired = sessions.remove(unused.get());
            }
        }
        if (retired != null) {
            LOG.info("credentials or TLS trust of {} for {} changed and no one else uses its old session: logging it"
                    + " out", owner, key);
            retired.session().replace();
        }
        return entry.connection();
    }

    private Entry newEntry(VCenterTarget target) {
        HttpClient http = TlsHttpClients.create(target.trust(), config.transport().connectTimeout(), target.host());
        VCenterSession session = new VCenterSession(target, http, config, budgets.forVCenter(target.host()));
        return new Entry(session, new VCenterConnection(session, config));
    }

    /**
     * {@code owner} is gone (e.g. its VCenter resource was deleted): its session is logged out unless another owner
     * still uses it. Unknown owners are ignored.
     */
    public void disconnect(String owner) {
        requireOwner(owner);
        Entry removed = null;
        synchronized (this) {
            Optional<VCenterTarget.SessionKey> unused = owners.release(owner);
            if (unused.isPresent()) {
                removed = sessions.remove(unused.get());
            }
        }
        if (removed != null) {
            removed.session().close();
        }
    }

    private static void requireOwner(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a session owner is required");
        }
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
