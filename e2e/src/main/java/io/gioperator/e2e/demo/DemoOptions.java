package io.gioperator.e2e.demo;

import io.gioperator.e2e.lab.OptionValues;
import java.time.Duration;

/** Command-line options of the demo; {@link #parse} names the bad option and the fix. */
public record DemoOptions(int clusters, int hosts, int metricsPort, int kubePort, Fault fault,
    boolean exitWhenReady, Duration timeout, boolean realistic, boolean help) {

  /** A fault the demo injects once everything is Ready, to show the operator repairing it. */
  public enum Fault { NONE, KILL_SVA, DELETE_SVA, CUT_HEARTBEAT, CORRUPT_SVA }

  public static final String USAGE = String.join("\n",
      "Usage: scripts/demo.sh [options]",
      "  --clusters N        vSphere clusters, one GuestIntrospection each (default 2, 1..10)",
      "  --hosts M           ESXi hosts per cluster (default 3, 1..32)",
      "  --metrics-port P    operator metrics and probes port (default 8080; 0 = any free port)",
      "  --kube-port P       embedded Kubernetes API port (default 0 = any free port)",
      "  --fault F           once Ready, inject F and watch the repair:",
      "                      kill-sva | delete-sva | cut-heartbeat | corrupt-sva | none (default none)",
      "  --exit-when-ready   stop once every cluster is Ready (and repaired, with --fault)",
      "  --timeout D         give up after D seconds (default 600)",
      "  --fast              fast simulator timings instead of realistic ones",
      "  --help              this text");

  public static DemoOptions parse(String... args) {
    int clusters = 2;
    int hosts = 3;
    int metricsPort = 8080;
    int kubePort = 0;
    Fault fault = Fault.NONE;
    boolean exitWhenReady = false;
    Duration timeout = Duration.ofSeconds(600);
    boolean realistic = true;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.isBlank()) {
        continue;
      }
      switch (arg) {
        case "--clusters" -> clusters = number(arg, value(args, ++i, arg), 1, 10);
        case "--hosts" -> hosts = number(arg, value(args, ++i, arg), 1, 32);
        case "--metrics-port" -> metricsPort = number(arg, value(args, ++i, arg), 0, 65535);
        case "--kube-port" -> kubePort = number(arg, value(args, ++i, arg), 0, 65535);
        case "--fault" -> fault = fault(value(args, ++i, arg));
        case "--exit-when-ready" -> exitWhenReady = true;
        case "--timeout" -> timeout = Duration.ofSeconds(number(arg, value(args, ++i, arg), 10, 86400));
        case "--fast" -> realistic = false;
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
      }
    }
    return new DemoOptions(clusters, hosts, metricsPort, kubePort, fault, exitWhenReady, timeout, realistic, help);
  }

  private static String value(String[] args, int i, String option) {
    return OptionValues.value(args, i, option, USAGE);
  }

  private static int number(String option, String raw, int min, int max) {
    return OptionValues.number(option, raw, min, max);
  }

  private static Fault fault(String raw) {
    return switch (raw) {
      case "kill-sva" -> Fault.KILL_SVA;
      case "delete-sva" -> Fault.DELETE_SVA;
      case "cut-heartbeat" -> Fault.CUT_HEARTBEAT;
      case "corrupt-sva" -> Fault.CORRUPT_SVA;
      case "none" -> Fault.NONE;
      default -> throw new IllegalArgumentException("--fault " + raw
          + " is unknown: use kill-sva, delete-sva, cut-heartbeat, corrupt-sva or none");
    };
  }
}
