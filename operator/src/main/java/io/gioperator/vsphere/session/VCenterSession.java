package io.gioperator.vsphere.session;

import io.gioperator.vsphere.budget.CallBudget;
import io.gioperator.vsphere.soap.SoapEndpoint;
import io.gioperator.vsphere.soap.SoapInvoker;
import io.gioperator.vsphere.soap.SoapRequest;
import io.gioperator.vsphere.soap.SoapTransport;
import io.gioperator.vsphere.soap.VSphereException;
import io.gioperator.vsphere.soap.VSphereProtocolException;
import io.gioperator.vsphere.types.ServiceContent;
import io.gioperator.vsphere.vim.VimMethods;
import io.gioperator.vsphere.xml.XmlElement;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logged-in vim25 session and the EAM endpoint that shares its cookie. Logs in lazily and only once however
 * many callers arrive together; on NotAuthenticated / EamInvalidLogin logs in again once (only if no other caller
 * already did) and repeats the call; keeps the session alive with CurrentTime when idle; logs out on close.
 * Every HTTP exchange goes through the vCenter's call budget.
 */
final class VCenterSession {

    private static final Logger LOG = LoggerFactory.getLogger(VCenterSession.class);

    private final VCenterTarget target;
    private final CallBudget budget;
    private final SoapTransport vimTransport;
    private final SoapTransport eamTransport;
    private final VimMethods loginMethods;
    private final Object loginLock = new Object();

    private volatile String cookie;
    private volatile ServiceContent content;
    private volatile boolean loggedIn;
    private volatile boolean closed;
    private volatile boolean replaced;
    private volatile long lastUsedNanos = System.nanoTime();

    VCenterSession(VCenterTarget target, HttpClient http, VSphereClientConfig config, CallBudget budget) {
        this.target = target;
        this.budget = budget;
        this.vimTransport = new SoapTransport(http, SoapEndpoint.vim25(target.url()), config.transport());
        this.eamTransport = new SoapTransport(http, SoapEndpoint.eam(target.url()), config.transport());
        this.loginMethods = new VimMethods(this::rawVim);
    }

    VCenterTarget target() {
        return target;
    }

    SoapInvoker vimInvoker() {
        return new SoapInvoker() {
            @Override
            public <T> T invoke(SoapRequest request, Function<XmlElement, T> decoder) {
                return call(vimTransport, request, decoder);
            }
        };
    }

    SoapInvoker eamInvoker() {
        return new SoapInvoker() {
            @Override
            public <T> T invoke(SoapRequest request, Function<XmlElement, T> decoder) {
                return call(eamTransport, request, decoder);
            }
        };
    }

    boolean isLoggedIn() {
        return loggedIn && !closed;
    }

    boolean isClosed() {
        return closed;
    }

    /** The ServiceContent of the session, logging in first if needed. */
    ServiceContent serviceContent() {
        ensureLoggedIn();
        return content;
    }

    private <T> T call(SoapTransport transport, SoapRequest request, Function<XmlElement, T> decoder) {
        String used = ensureLoggedIn();
        try {
            return exchange(transport, request, decoder, used);
        } catch (VSphereException e) {
            if (closed) {
                // the answer of a call that raced with close() (e.g. NotAuthenticated after our Logout) says
                // nothing about the vCenter
                throw closedException(e);
            }
            if (!e.isSessionLoss()) {
                throw e;
            }
            LOG.info("session for {} lost ({}); logging in again", target.sessionKey(), e.outcome());
            relogin(used);
            return exchange(transport, request, decoder, cookie);
        }
    }

    private <T> T exchange(SoapTransport transport, SoapRequest request, Function<XmlElement, T> decoder,
                           String sendCookie) {
        return budget.execute(request.method(), request.isLongPoll(), () -> {
            SoapTransport.Response response = transport.call(request, sendCookie);
            response.sessionCookie().ifPresent(c -> cookie = c);
            lastUsedNanos = System.nanoTime();
            return decode(request.method(), response.body(), decoder);
        });
    }

    private static <T> T decode(String method, XmlElement body, Function<XmlElement, T> decoder) {
        try {
            return decoder.apply(body);
        } catch (VSphereException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new VSphereProtocolException(method + ": unexpected response: " + e.getMessage(), e);
        }
    }

    /** Used by login itself: no session yet, send whatever cookie the server set so far. */
    private <T> T rawVim(SoapRequest request, Function<XmlElement, T> decoder) {
        return exchange(vimTransport, request, decoder, cookie);
    }

    private String ensureLoggedIn() {
        if (closed) {
            throw closedException(null);
        }
        if (loggedIn) {
            return cookie;
        }
        synchronized (loginLock) {
            if (!loggedIn) {
                login();
            }
            return cookie;
        }
    }

    private void relogin(String staleCookie) {
        synchronized (loginLock) {
            if (loggedIn && !Objects.equals(cookie, staleCookie)) {
                return; // another caller already logged in again
            }
            loggedIn = false;
            login();
        }
    }

    /** RetrieveServiceContent then Login; the cookie set by the server along the way becomes the session. */
    private void login() {
        if (closed) {
            throw closedException(null);
        }
        cookie = null;
        ServiceContent sc = loginMethods.retrieveServiceContent();
        loginMethods.login(sc.sessionManager(), target.username(), target.password());
        if (cookie == null) {
            throw new VSphereProtocolException("Login: vCenter " + target.host() + " set no "
                    + SoapTransport.SESSION_COOKIE + " cookie");
        }
        content = sc;
        loggedIn = true;
        LOG.info("logged in to {} ({} {})", target.sessionKey(), sc.about().fullName(), sc.about().apiVersion());
    }

    /** CurrentTime when the session was idle at least {@code idle}; failures are logged, never thrown. */
    void keepAliveIfIdle(Duration idle) {
        if (!isLoggedIn() || System.nanoTime() - lastUsedNanos < idle.toNanos()) {
            return;
        }
        try {
            new VimMethods(vimInvoker()).currentTime();
        } catch (VSphereException e) {
            LOG.warn("keep-alive for {} failed: {}", target.sessionKey(), e.getMessage());
        }
    }

    private SessionClosedException closedException(Throwable cause) {
        return replaced
                ? new SessionReplacedException("session to " + target.host()
                        + " was replaced after its credentials or TLS trust changed", cause)
                : new SessionClosedException("session to " + target.host() + " is closed", cause);
    }

    /** Closes the session because a new one with changed credentials or trust takes its place. */
    void replace() {
        replaced = true;
        close();
    }

    /** Logs out (best effort) and refuses further calls. */
    void close() {
        synchronized (loginLock) {
            closed = true;
            if (!loggedIn) {
                return;
            }
            loggedIn = false;
            try {
                exchange(vimTransport, SoapRequest.of("Logout", content.sessionManager()), r -> null, cookie);
                LOG.info("logged out of {}", target.sessionKey());
            } catch (VSphereException e) {
                LOG.debug("logout of {} failed (ignored): {}", target.sessionKey(), e.getMessage());
            } finally {
                cookie = null;
            }
        }
    }
}
