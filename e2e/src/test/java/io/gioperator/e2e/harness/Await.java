package io.gioperator.e2e.harness;

import java.time.Duration;
import java.util.function.Supplier;

/** Bounded waits for a condition that the system under test reaches asynchronously. Never a timing assertion. */
public final class Await {

  private Await() {}

  public static void until(String what, Duration timeout, Supplier<Boolean> condition) {
    until(what, timeout, condition, () -> "");
  }

  /** Waits until {@code condition} holds; on timeout fails with {@code what} and the diagnostic. */
  public static void until(String what, Duration timeout, Supplier<Boolean> condition, Supplier<String> diagnostic) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (Boolean.TRUE.equals(condition.get())) {
          return;
        }
        last = null;
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    AssertionError error = new AssertionError("Timed out after " + timeout + " waiting for " + what
        + "\n" + diagnostic.get());
    if (last != null) {
      error.initCause(last);
    }
    throw error;
  }
}
