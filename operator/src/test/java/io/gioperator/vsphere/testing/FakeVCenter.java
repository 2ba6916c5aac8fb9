package io.gioperator.vsphere.testing;

import io.gioperator.vsphere.session.VCenterTarget;
import io.gioperator.vsphere.tls.TlsTrust;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * An HTTPS MockWebServer answering SOAP by method name: scripted answers first (FIFO per method), then a
 * standing handler. RetrieveServiceContent, Login (with a quoted vmware_soap_session cookie), Logout and
 * CurrentTime answer like vCenter out of the box. Every request that reached the dispatcher is recorded.
 */
public final class FakeVCenter implements AutoCloseable {

    public static final String USER = "gi-operator@vsphere.local";
    public static final String PASSWORD = "s3cret&<pa$$>";

    private final MockWebServer server = new MockWebServer();
    private final List<SoapCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Function<SoapCall, MockResponse>>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Function<SoapCall, MockResponse>> standing = new ConcurrentHashMap<>();
    private final AtomicInteger sessions = new AtomicInteger();

    public FakeVCenter() {
        standing.put("RetrieveServiceContent", c -> withCookieIfNone(c, Soap.vim("RetrieveServiceContent",
                VimFixtures.SERVICE_CONTENT)));
        standing.put("Login", c -> withCookieIfNone(c, Soap.vim("Login", VimFixtures.USER_SESSION)));
        standing.put("Logout", c -> Soap.vim("Logout", ""));
        standing.put("CurrentTime", c -> Soap.vim("CurrentTime",
                "<returnval>2024-05-02T09:30:00.5Z</returnval>"));
        server.useHttps(TestTls.LOCALHOST.serverSocketFactory());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                SoapCall call = SoapCall.from(request);
                calls.add(call);
                return answer(call);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** vCenter hands out a session cookie to any request that came without one. */
    private MockResponse withCookieIfNone(SoapCall call, MockResponse response) {
        if (call.cookie() != null) {
            return response;
        }
        String value = "\"52f0c8e1-7d2b-4a9b-" + String.format("%04d", sessions.incrementAndGet())
                + "-0123456789ab\"";
        return response.newBuilder()
                .addHeader("Set-Cookie", "vmware_soap_session=" + value + "; Path=/; HttpOnly; Secure;").build();
    }

    /** The cookie the n-th (1-based) session was given: {@code vmware_soap_session="..."}. */
    public static String cookieOfSession(int n) {
        return "vmware_soap_session=\"52f0c8e1-7d2b-4a9b-" + String.format("%04d", n) + "-0123456789ab\"";
    }

    private MockResponse answer(SoapCall call) {
        Deque<Function<SoapCall, MockResponse>> queue = scripted.get(call.methodName());
        Function<SoapCall, MockResponse> handler = null;
        if (queue != null) {
            synchronized (queue) {
                handler = queue.poll();
            }
        }
        if (handler == null) {
            handler = standing.get(call.methodName());
        }
        if (handler == null) {
            return Soap.vimFault("MethodNotFound", "no fake answer for " + call.methodName(), "");
        }
        return handler.apply(call);
    }

    /** The next call of {@code method} gets this answer (answers queue up in order). */
    public FakeVCenter enqueue(String method, MockResponse response) {
        return enqueue(method, c -> response);
    }

    public FakeVCenter enqueue(String method, Function<SoapCall, MockResponse> handler) {
        Deque<Function<SoapCall, MockResponse>> queue =
                scripted.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (queue) {
            queue.add(handler);
        }
        return this;
    }

    /** Every call of {@code method} (after scripted ones) gets this answer. */
    public FakeVCenter always(String method, MockResponse response) {
        standing.put(method, c -> response);
        return this;
    }

    public FakeVCenter always(String method, Function<SoapCall, MockResponse> handler) {
        standing.put(method, handler);
        return this;
    }

    public List<SoapCall> calls() {
        return new ArrayList<>(calls);
    }

    public List<SoapCall> calls(String method) {
        return calls.stream().filter(c -> c.methodName().equals(method)).toList();
    }

    public SoapCall only(String method) {
        List<SoapCall> found = calls(method);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + method + " call but got " + found.size() + ": " + names());
        }
        return found.get(0);
    }

    public List<String> names() {
        return calls.stream().map(SoapCall::methodName).toList();
    }

    /** https://localhost:port (the certificate is for "localhost"). */
    public URI url() {
        return URI.create("https://localhost:" + server.getPort());
    }

    public VCenterTarget target() {
        return target(TestTls.LOCALHOST.caTrust());
    }

    public VCenterTarget target(TlsTrust trust) {
        return new VCenterTarget(url(), USER, PASSWORD, trust);
    }

    public MockWebServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
