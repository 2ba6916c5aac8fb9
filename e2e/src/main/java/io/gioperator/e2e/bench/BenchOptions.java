package io.gioperator.e2e.bench;

import io.gioperator.e2e.lab.OptionValues;
import java.nio.file.Path;
import java.time.Duration;

/** Command-line options of the benchmark; {@link #parse} names the bad option and the fix. */
public record BenchOptions(int clusters, int hosts, boolean realistic, Duration steady, Path output,
    Duration phaseTimeout, boolean help) {

  public static final String USAGE = String.join("\n",
      "Usage: scripts/bench.sh [options]",
      "  --clusters N          vSphere clusters, one GuestIntrospection each (default 4, 1..50)",
      "  --hosts M             ESXi hosts per cluster (default 8, 1..64)",
      "  --timings T           simulator timings: fast | realistic (default fast)",
      "  --steady-seconds S    how long to measure the idle phase (default 60, 1..3600)",
      "  --output FILE         also write the figures as JSON (default e2e/target/bench/result.json)",
      "  --phase-timeout S     give up on a phase after S seconds (default 900)",
      "  --help                this text");

  public static BenchOptions parse(String... args) {
    int clusters = 4;
    int hosts = 8;
    boolean realistic = false;
    int steadySeconds = 60;
    Path output = Path.of("e2e/target/bench/result.json");
    int timeout = 900;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.isBlank()) {
        continue;
      }
      switch (arg) {
        case "--clusters" -> clusters = number(arg, value(args, ++i, arg), 1, 50);
        case "--hosts" -> hosts = number(arg, value(args, ++i, arg), 1, 64);
        case "--timings" -> realistic = timings(value(args, ++i, arg));
        case "--steady-seconds" -> steadySeconds = number(arg, value(args, ++i, arg), 1, 3600);
        case "--output" -> output = Path.of(value(args, ++i, arg));
        case "--phase-timeout" -> timeout = number(arg, value(args, ++i, arg), 10, 86400);
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
      }
    }
    return new BenchOptions(clusters, hosts, realistic, Duration.ofSeconds(steadySeconds), output,
        Duration.ofSeconds(timeout), help);
  }

  public String timingsName() {
    return realistic ? "realistic" : "fast";
  }

  private static boolean timings(String raw) {
    return switch (raw) {
      case "fast" -> false;
      case "realistic" -> true;
      default -> throw new IllegalArgumentException("--timings " + raw + " is unknown: use fast or realistic");
    };
  }

  private static String value(String[] args, int i, String option) {
    return OptionValues.value(args, i, option, USAGE);
  }

  private static int number(String option, String raw, int min, int max) {
    return OptionValues.number(option, raw, min, max);
  }
}
