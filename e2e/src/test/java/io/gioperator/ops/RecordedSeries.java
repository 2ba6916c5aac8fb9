package io.gioperator.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Recorded scrapes as promtool {@code input_series}, time-scaled: scrape number {@code i} becomes the sample at
 * {@code i} x the test's {@code interval} (one synthetic minute per scrape). The values are exactly what the
 * operator served; only their spacing is stretched, so that alert {@code for:} durations of 10-30 minutes can be
 * evaluated over a fault that lasted tens of seconds. A series missing from a scrape is {@code _} (no sample), and
 * {@code up{job="gi-operator"}} is 1 for each scrape that succeeded and 0 for one that failed, as Prometheus records.
 */
final class RecordedSeries {

  static final String JOB = "gi-operator";

  private RecordedSeries() {}

  /** series selector -> promtool values string, for the scrapes in [from, to). */
  static Map<String, String> inputSeries(List<MetricsRecorder.Scrape> scrapes, int from, int to,
      Predicate<String> metricNames) {
    Map<String, String[]> values = new LinkedHashMap<>();
    int n = to - from;
    String[] up = new String[n];
    for (int i = 0; i < n; i++) {
      MetricsRecorder.Scrape scrape = scrapes.get(from + i);
      up[i] = scrape.up() ? "1" : "0";
      if (!scrape.up()) {
        continue;
      }
      for (PromText.Sample s : scrape.samples()) {
        if (!metricNames.test(s.name()) || !Double.isFinite(s.value())) {
          continue;
        }
        String[] row = values.computeIfAbsent(s.series(), k -> new String[n]);
        row[i] = format(s.value());
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put("up{instance=\"operator\",job=\"" + JOB + "\"}", String.join(" ", up));
    values.forEach((series, row) -> {
      List<String> cells = new ArrayList<>(n);
      for (String v : row) {
        cells.add(v == null ? "_" : v);
      }
      out.put(series, String.join(" ", cells));
    });
    return out;
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
