package io.gioperator.reconcile.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded waits for a condition; a timeout fails with the description and the last observed state. */
final class Await {

  private Await() {}

  static void until(Duration timeout, String what, BooleanSupplier condition, Supplier<Object> state) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
        last = null;
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what);
      }
    }
    AssertionError error = new AssertionError("timed out after " + timeout + " waiting for " + what
        + "\nlast state: " + safe(state));
    if (last != null) {
      error.initCause(last);
    }
    throw error;
  }

  private static Object safe(Supplier<Object> state) {
    try {
      return state.get();
    } catch (RuntimeException e) {
      return e.toString();
    }
  }
}
