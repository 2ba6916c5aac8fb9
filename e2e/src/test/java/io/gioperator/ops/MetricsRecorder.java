package io.gioperator.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scrapes an operator's {@code /metrics} at a fixed period on a background thread, as Prometheus would, and keeps
 * every scrape (a failed scrape is kept too: Prometheus records it as {@code up 0}).
 */
public final class MetricsRecorder implements AutoCloseable {

  /** One scrape: when, and its samples (null when the scrape failed). */
  public record Scrape(Instant at, List<PromText.Sample> samples) {
    public boolean up() {
      return samples != null;
    }
  }

  private final Supplier<String> endpoint;
  private final Duration period;
  private final List<Scrape> scrapes = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  private MetricsRecorder(Supplier<String> endpoint, Duration period) {
    this.endpoint = endpoint;
    this.period = period;
    this.thread = new Thread(this::loop, "metrics-recorder");
    this.thread.setDaemon(true);
  }

  public static MetricsRecorder start(Supplier<String> endpoint, Duration period) {
    MetricsRecorder recorder = new MetricsRecorder(endpoint, period);
    recorder.thread.start();
    return recorder;
  }

  private void loop() {
    long next = System.nanoTime();
    while (running) {
      List<PromText.Sample> samples;
      try {
        samples = PromText.parse(endpoint.get());
      } catch (RuntimeException e) {
        samples = null;
      }
      synchronized (scrapes) {
        scrapes.add(new Scrape(Instant.now(), samples));
      }
      next += period.toNanos();
      long sleep = next - System.nanoTime();
      if (sleep > 0) {
        try {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  public int count() {
    synchronized (scrapes) {
      return scrapes.size();
    }
  }

  public List<Scrape> scrapes() {
    synchronized (scrapes) {
      return List.copyOf(scrapes);
    }
  }

  /** The latest successful scrape's samples (empty before the first one). */
  public List<PromText.Sample> latest() {
    synchronized (scrapes) {
      for (int i = scrapes.size() - 1; i >= 0; i--) {
        if (scrapes.get(i).up()) {
          return scrapes.get(i).samples();
        }
      }
      return List.of();
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
