package io.gioperator.e2e.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The benchmark's text output: the environment first, then one aligned block per phase. */
final class ReportTable {

  private ReportTable() {}

  static String environment(BenchReport.Environment env) {
    return "gi-operator benchmark: figures from the SIMULATOR (vCenter/EAM/partner), not a real vCenter\n"
        + aligned(List.of(
            row("date", env.date()),
            row("machine", env.cores() + " cores, " + env.jvm() + ", " + env.os()),
            row("lab", env.clusters() + " cluster(s) x " + env.hostsPerCluster() + " hosts, simulator timings "
                + env.timings()),
            row("operator", "converging interval " + env.convergingInterval() + ", steady " + env.steadyInterval()
                + ", retry " + env.retryInterval()),
            row("resolution", GiPoller.EVERY.toMillis() + " ms (Kubernetes API polled for Ready)")))
        + "\n";
  }

  static String phases(BenchReport report) {
    StringBuilder out = new StringBuilder();
    var c = report.convergence();
    out.append("1. Convergence: apply -> Ready\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(row("GUESTINTROSPECTION", "READY AFTER"));
    c.readyMs().forEach((gi, ms) -> rows.add(row(gi, seconds(ms))));
    rows.add(row("p50 / max", seconds(c.p50Ms()) + " / " + seconds(c.maxMs())));
    rows.add(row("reconciles", c.reconcilesTotal() + " " + perController(c.reconciles())));
    rows.add(row("vCenter logins", c.logins() + " (sessions open: " + c.openSessions() + ")"));
    out.append(aligned(rows));
    out.append(calls(c.calls()));
    var s = report.steady();
    out.append(String.format(Locale.ROOT, "%n2. Steady state: %.0f s with everything Ready, per minute%n",
        s.seconds()));
    List<String[]> steady = new ArrayList<>();
    steady.add(row("API", "METHOD", "PER MINUTE"));
    s.callsPerMinute().forEach((api, methods) -> methods.forEach((m, n) -> steady.add(row(api, m, number(n)))));
    s.callsPerMinuteByApi().forEach((api, n) -> steady.add(row(api, "(all)", number(n))));
    steady.add(row("all", "(all)", number(s.callsPerMinuteTotal())));
    s.reconcilesPerMinute().forEach((controller, n) -> steady.add(row("reconciles", controller, number(n))));
    steady.add(row("reconciles", "(all)", number(s.reconcilesPerMinuteTotal())));
    out.append(aligned(steady));
    var r = report.repair();
    out.append(String.format("%n3. Repair: SVA %s on %s powered off -> new VM %s Ready%n", r.brokenVm(), r.host(),
        r.newVm()));
    out.append(aligned(List.of(row("ready after", seconds(r.readyMs())), row("reconciles", "" + r.reconcilesTotal()))));
    out.append(calls(r.calls()));
    var o = report.scaleOut();
    out.append(String.format("%n4. Scale-out: host %s added to %s -> Ready%n", o.host(), o.cluster()));
    out.append(aligned(List.of(row("ready after", seconds(o.readyMs())), row("reconciles", "" + o.reconcilesTotal()))));
    out.append(calls(o.calls()));
    return out.toString();
  }

  private static String calls(Calls calls) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("API", "METHOD", "CALLS"));
    calls.byMethod().forEach((api, methods) -> methods.forEach((m, n) -> rows.add(row(api, m, "" + n))));
    calls.byApi().forEach((api, n) -> rows.add(row(api, "(all)", "" + n)));
    rows.add(row("all", "(all)", "" + calls.total()));
    return aligned(rows);
  }

  private static String perController(Map<String, Long> byController) {
    return byController.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String number(double n) {
    return String.format(Locale.ROOT, "%.1f", n);
  }

  private static String[] row(String... cells) {
    return cells;
  }

  /** Left-aligned columns, two spaces apart, indented by two. */
  static String aligned(List<String[]> rows) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < r.length; i++) {
        line.append(String.format("%-" + widths[i] + "s  ", r[i]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
