package io.gioperator.simulator.session;

import java.time.Instant;

/** A logged-in vim25 session; the cookie is the secret the client presents to /sdk and /eam/sdk. */
public final class Session {
    private final String key;
    private final String cookie;
    private final String userName;
    private final Instant loginTime;
    private final String ipAddress;
    private final String userAgent;
    private Instant lastActive;
    private long callCount;

    Session(String key, String cookie, String userName, Instant loginTime, String ipAddress, String userAgent) {
        this.key = key;
        this.cookie = cookie;
        this.userName = userName;
        this.loginTime = loginTime;
        this.lastActive = loginTime;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
    }

    public String key() {
        return key;
    }

    String cookie() {
        return cookie;
    }

    /** The Set-Cookie header value, quoted as vCenter quotes it. */
    public String setCookieHeader() {
        return "vmware_soap_session=\"" + cookie + "\"; Path=/; HttpOnly; Secure;";
    }

    public String userName() {
        return userName;
    }

    public Instant loginTime() {
        return loginTime;
    }

    public Instant lastActive() {
        return lastActive;
    }

    public long callCount() {
        return callCount;
    }

    public String ipAddress() {
        return ipAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    void touch(Instant now) {
        lastActive = now;
        callCount++;
    }

    /** A short, non-secret label for logs and the audit (never the cookie). */
    public String label() {
        return key.substring(0, 8);
    }
}
