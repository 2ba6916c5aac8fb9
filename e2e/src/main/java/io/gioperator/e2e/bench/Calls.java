package io.gioperator.e2e.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * vSphere and partner calls made in a window, from two snapshots of the simulator's call counters
 * ({@code api -> method -> count}): per method, and per API (vim, eam, partner).
 */
public record Calls(Map<String, Map<String, Long>> byMethod, Map<String, Long> byApi, long total) {

  /** What was counted between {@code before} and {@code after}; methods not called in the window are left out. */
  public static Calls between(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after) {
    Map<String, Map<String, Long>> byMethod = new TreeMap<>();
    Map<String, Long> byApi = new TreeMap<>();
    long total = 0;
    for (var api : after.entrySet()) {
      Map<String, Long> was = before.getOrDefault(api.getKey(), Map.of());
      Map<String, Long> methods = new TreeMap<>();
      long sum = 0;
      for (var method : api.getValue().entrySet()) {
        long n = method.getValue() - was.getOrDefault(method.getKey(), 0L);
        if (n > 0) {
          methods.put(method.getKey(), n);
          sum += n;
        }
      }
      byMethod.put(api.getKey(), methods);
      byApi.put(api.getKey(), sum);
      total += sum;
    }
    return new Calls(byMethod, byApi, total);
  }

  public long get(String api, String method) {
    return byMethod.getOrDefault(api, Map.of()).getOrDefault(method, 0L);
  }

  /** The same calls as a rate: per method and per API, per minute of {@code seconds}. */
  public Map<String, Map<String, Double>> perMinute(double seconds) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    byMethod.forEach((api, methods) -> {
      Map<String, Double> rates = new TreeMap<>();
      methods.forEach((method, n) -> rates.put(method, Rates.perMinute(n, seconds)));
      out.put(api, rates);
    });
    return out;
  }
}
