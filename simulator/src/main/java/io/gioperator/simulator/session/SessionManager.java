package io.gioperator.simulator.session;

import io.gioperator.simulator.core.World;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * vCenter's SessionManager: one account, sessions keyed by a random cookie, idle expiry, and forced expiry for
 * fault injection. Cookies come from SecureRandom (they are credentials), not from the simulation seed.
 * Guarded by the world lock.
 */
public final class SessionManager {
    private final World world;
    private final Duration idleTimeout;
    private final String user;
    private final byte[] password;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byCookie = new LinkedHashMap<>();
    private final List<Consumer<Session>> endListeners = new ArrayList<>();

    public SessionManager(World world, Duration idleTimeout, String user, String password) {
        this.world = world;
        this.idleTimeout = idleTimeout;
        this.user = user;
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    public void onEnd(Consumer<Session> listener) {
        endListeners.add(listener);
    }

    public Session login(String userName, String pw, String ip, String userAgent) throws SoapFault {
        boolean userOk = user.equalsIgnoreCase(userName);
        boolean pwOk = MessageDigest.isEqual(password, pw.getBytes(StandardCharsets.UTF_8));
        if (!userOk || !pwOk) {
            throw Faults.invalidLogin();
        }
        String cookie = HexFormat.of().formatHex(bytes(20));
        String key = "52" + HexFormat.of().formatHex(bytes(3)) + "-" + HexFormat.of().formatHex(bytes(2)) + "-"
                + HexFormat.of().formatHex(bytes(2)) + "-" + HexFormat.of().formatHex(bytes(2)) + "-"
                + HexFormat.of().formatHex(bytes(6));
        Session s = new Session(key, cookie, user, world.now(), ip, userAgent);
        byCookie.put(cookie, s);
        world.touch();
        return s;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** The live session for a cookie, or null; an idle-expired session is ended on the way. */
    public Session find(String cookie) {
        if (cookie == null) {
            return null;
        }
        Session s = byCookie.get(cookie);
        if (s == null) {
            return null;
        }
        if (Duration.between(s.lastActive(), world.now()).compareTo(idleTimeout) > 0) {
            end(s);
            return null;
        }
        return s;
    }

    /** Records a call on the session (resets its idle timer). */
    public void touch(Session s) {
        s.touch(world.now());
    }

    public void logout(Session s) {
        end(s);
    }

    public int expireAll() {
        List<Session> all = new ArrayList<>(byCookie.values());
        all.forEach(this::end);
        return all.size();
    }

    public int expireUser(String userName) {
        List<Session> matching = byCookie.values().stream().filter(s -> s.userName().equalsIgnoreCase(userName))
                .toList();
        matching.forEach(this::end);
        return matching.size();
    }

    /** Ends sessions idle for longer than the timeout (called periodically so the audit stays truthful). */
    public void sweep() {
        for (Session s : new ArrayList<>(byCookie.values())) {
            find(s.cookie());
        }
    }

    public List<Session> list() {
        return List.copyOf(byCookie.values());
    }

    private void end(Session s) {
        if (byCookie.remove(s.cookie()) != null) {
            endListeners.forEach(l -> l.accept(s));
            world.touch();
        }
    }
}
