package io.gioperator.e2e.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of the Prometheus text exposition format that the operator serves at /metrics. */
public final class PromText {

  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private PromText() {}

  /**
   * The sum of the samples of {@code metric} whose labels include all of {@code labels}; 0 when there is none
   * (a counter that never moved is not exported before its first increment).
   */
  public static double value(String exposition, String metric, Map<String, String> labels) {
    double sum = 0;
    for (String line : exposition.split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      if (!m.find() || !m.group(1).equals(metric)) {
        continue;
      }
      Map<String, String> found = new LinkedHashMap<>();
      if (m.group(3) != null) {
        Matcher l = LABEL.matcher(m.group(3));
        while (l.find()) {
          found.put(l.group(1), l.group(2));
        }
      }
      if (found.entrySet().containsAll(labels.entrySet())) {
        sum += Double.parseDouble(m.group(4));
      }
    }
    return sum;
  }

  public static boolean has(String exposition, String metric, Map<String, String> labels) {
    for (String line : exposition.split("\n")) {
      if (!line.startsWith("#") && line.startsWith(metric)) {
        Matcher m = SAMPLE.matcher(line);
        if (m.find() && m.group(1).equals(metric)) {
          boolean all = labels.entrySet().stream()
              .allMatch(e -> line.contains(e.getKey() + "=\"" + e.getValue() + "\""));
          if (all) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
