package io.gioperator.simulator.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * An HTTP(S) listener that can be stopped and started again on the same port (to simulate "vCenter down":
 * connection refused while stopped). The first start with port 0 picks a free port that later starts reuse.
 */
public final class Listener {
    static {
        // Without TCP_NODELAY the JDK server's separate header/body writes meet the client's delayed ACK and
        // every call costs ~40 ms. The property is read once, when the server classes initialise.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final InetAddress bindAddress;
    private final SSLContext ssl;
    private final Executor executor;
    private final Map<String, HttpHandler> contexts = new LinkedHashMap<>();
    private int port;
    private HttpServer server;

    public Listener(InetAddress bindAddress, int port, SSLContext ssl, Executor executor) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.ssl = ssl;
        this.executor = executor;
    }

    public Listener handle(String path, HttpHandler handler) {
        contexts.put(path, handler);
        return this;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            InetSocketAddress addr = new InetSocketAddress(bindAddress, port);
            HttpServer s;
            if (ssl != null) {
                HttpsServer https = HttpsServer.create(addr, 128);
                https.setHttpsConfigurator(new HttpsConfigurator(ssl));
                s = https;
            } else {
                s = HttpServer.create(addr, 128);
            }
            contexts.forEach(s::createContext);
            s.setExecutor(executor);
            s.start();
            port = s.getAddress().getPort();
            server = s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bindAddress.getHostAddress() + ":" + port, e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    public synchronized int port() {
        return port;
    }

    public String url(String scheme, String host, String path) {
        return scheme + "://" + host + ":" + port() + path;
    }
}
