package io.gioperator.alerts;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names the operator documents, read from the Markdown tables of the docs: a row whose first cell
 * is a back-quoted metric name and whose second cell is its type. Timers and histograms also expose the
 * series Micrometer derives from them.
 */
final class MetricCatalog {

  private static final Pattern ROW =
      Pattern.compile("(?m)^\\|\\s*`([a-z_:][a-z0-9_:]*)`\\s*\\|\\s*([a-z ]+?)\\s*\\|");
  private static final Set<String> TIMER_SUFFIXES = Set.of("_count", "_sum", "_max", "_bucket");

  private final Set<String> names = new TreeSet<>();

  /** Adds the metrics of every table row in a Markdown document (or a section of one). */
  MetricCatalog addTables(String markdown) {
    Matcher row = ROW.matcher(markdown);
    while (row.find()) {
      String name = row.group(1);
      String type = row.group(2);
      names.add(name);
      if (type.equals("timer") || type.equals("histogram") || type.equals("summary")) {
        TIMER_SUFFIXES.forEach(suffix -> names.add(name + suffix));
      }
    }
    return this;
  }

  MetricCatalog add(String name) {
    names.add(name);
    return this;
  }

  boolean contains(String name) {
    return names.contains(name);
  }

  Set<String> names() {
    return Set.copyOf(names);
  }

  /** The text of a Markdown section from its heading to the next heading of the same or a higher level. */
  static String section(String markdown, String heading) {
    int start = markdown.indexOf("\n" + heading + "\n");
    if (start < 0) {
      throw new IllegalArgumentException("no section '" + heading + "'");
    }
    int level = heading.indexOf(' ');
    Matcher next = Pattern.compile("(?m)^#{1," + level + "} ").matcher(markdown);
    int end = next.find(start + heading.length() + 1) ? next.start() : markdown.length();
    return markdown.substring(start, end);
  }

  /** docs/metrics.md, the client metrics section of docs/observability.md, and Prometheus' own {@code up}. */
  static MetricCatalog documented() {
    return new MetricCatalog()
        .addTables(RepoFiles.read(RepoFiles.METRICS_DOC))
        .addTables(section(RepoFiles.read(RepoFiles.OBSERVABILITY_DOC), "## Client metrics"))
        .add("up");
  }
}
