package io.gioperator.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy on loopback in front of another port that holds every connection while closed (the client waits as
 * for an API server that does not answer yet) and forwards them, bytes unchanged (TLS passes through), once
 * {@link #open()} is called; {@link #cut()} closes them again (a network partition).
 */
public final class GatedProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private final List<Socket> held = new ArrayList<>();
  private final List<Socket> sockets = new ArrayList<>();
  private boolean open;

  public GatedProxy(int targetPort) {
    this.targetPort = targetPort;
    try {
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    daemon("gated-proxy-accept", this::acceptLoop).start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** How many connections are waiting at the gate. */
  public synchronized int held() {
    return held.size();
  }

  public synchronized void open() {
    open = true;
    held.forEach(this::forward);
    held.clear();
  }

  /** A network partition: every open connection is cut and new ones wait at the gate again. */
  public synchronized void cut() {
    open = false;
    sockets.forEach(GatedProxy::closeQuietly);
    sockets.clear();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        synchronized (this) {
          sockets.add(client);
          if (!open) {
            held.add(client);
            continue;
          }
        }
        forward(client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void forward(Socket client) {
    try {
      Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
      synchronized (this) {
        sockets.add(upstream);
      }
      daemon("gated-proxy-up", () -> copy(client, upstream)).start();
      daemon("gated-proxy-down", () -> copy(upstream, client)).start();
    } catch (IOException e) {
      closeQuietly(client);
    }
  }

  private static void copy(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[16384];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side closed
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public synchronized void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    sockets.forEach(GatedProxy::closeQuietly);
  }
}
