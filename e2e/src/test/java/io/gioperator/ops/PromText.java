package io.gioperator.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Parses the Prometheus text exposition format (what {@code /metrics} serves) into samples. */
public final class PromText {

  private PromText() {}

  /** One sample: metric name, labels (sorted), value. */
  public record Sample(String name, Map<String, String> labels, double value) {

    /** The series selector as Prometheus writes it, e.g. {@code up{job="gi-operator"}}. */
    public String series() {
      if (labels.isEmpty()) {
        return name;
      }
      StringBuilder b = new StringBuilder(name).append('{');
      labels.forEach((k, v) -> b.append(k).append("=\"").append(escape(v)).append("\","));
      b.setLength(b.length() - 1);
      return b.append('}').toString();
    }
  }

  public static List<Sample> parse(String text) {
    List<Sample> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      out.add(parseLine(l));
    }
    return out;
  }

  static Sample parseLine(String line) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    Map<String, String> labels = new TreeMap<>();
    String name;
    int rest;
    if (brace >= 0 && (space < 0 || brace < space)) {
      name = line.substring(0, brace);
      rest = parseLabels(line, brace + 1, labels);
    } else {
      name = line.substring(0, space);
      rest = space;
    }
    String[] valueAndTime = line.substring(rest).strip().split("\\s+");
    return new Sample(name, labels, parseValue(valueAndTime[0]));
  }

  /** Reads {@code k="v",...}} from {@code i}; returns the index after the closing brace. */
  private static int parseLabels(String line, int i, Map<String, String> labels) {
    while (line.charAt(i) != '}') {
      int eq = line.indexOf('=', i);
      String key = line.substring(i, eq).strip();
      int j = eq + 2; // skip ="
      StringBuilder value = new StringBuilder();
      while (line.charAt(j) != '"') {
        char c = line.charAt(j);
        if (c == '\\') {
          char n = line.charAt(++j);
          value.append(n == 'n' ? '\n' : n);
        } else {
          value.append(c);
        }
        j++;
      }
      labels.put(key, value.toString());
      i = j + 1;
      if (line.charAt(i) == ',') {
        i++;
      }
    }
    return i + 1;
  }

  private static double parseValue(String v) {
    return switch (v) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(v);
    };
  }

  /** Samples grouped by metric name (in first-seen order). */
  public static Map<String, List<Sample>> byName(List<Sample> samples) {
    Map<String, List<Sample>> out = new LinkedHashMap<>();
    samples.forEach(s -> out.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s));
    return out;
  }

  static String escape(String v) {
    return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
