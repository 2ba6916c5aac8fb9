package io.gioperator.e2e.bench;

import java.util.List;

/** The arithmetic of the report: rates and percentiles, kept apart from the measuring. */
final class Rates {

  private Rates() {}

  /** {@code count} events in {@code seconds}, per minute, rounded to one decimal. */
  static double perMinute(long count, double seconds) {
    if (seconds <= 0) {
      throw new IllegalArgumentException("a rate needs a window longer than 0 s, not " + seconds);
    }
    return Math.round(count * 600.0 / seconds) / 10.0;
  }

  /** Nearest-rank percentile ({@code p} in 1..100) of the values: p50 of 1, 2, 3, 4 is 2; p100 is the max. */
  static long percentile(List<Long> values, int p) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("percentile " + p + " is outside 1..100");
    }
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
