package io.gioperator.e2e.bench;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.e2e.lab.LocalLab;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The benchmark: the demo's lab (simulator, embedded Kubernetes API, operator in-process) measured through four
 * phases — convergence, steady state, repair of a killed SVA, scale-out by one host. Prints a table and writes
 * JSON (docs/benchmarks.md). Figures come from the simulator, not a real vCenter; no test asserts on them.
 */
public final class ConvergenceBenchmark {

  private final BenchOptions options;
  private final LocalLab lab;
  private final GiPoller poller;
  private final PrintStream out;

  private ConvergenceBenchmark(BenchOptions options, LocalLab lab, PrintStream out) {
    this.options = options;
    this.lab = lab;
    this.poller = new GiPoller(lab.kube().client(), LocalLab.NAMESPACE);
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(BenchOptions.USAGE);
      return;
    }
    int exit = 0;
    try {
      run(options, System.out);
    } catch (IllegalStateException e) { // a phase did not finish: the message says which and where it stood
      System.err.println("Benchmark failed: " + e.getMessage());
      exit = 1;
    } catch (Exception e) {
      System.err.println("Benchmark failed: " + e);
      e.printStackTrace();
      exit = 1;
    }
    System.exit(exit); // the operator's and the mock server's non-daemon threads must not keep the JVM alive
  }

  /** Runs every phase, prints the table to {@code out}, writes the JSON file, and returns the figures. */
  public static BenchReport run(BenchOptions options, PrintStream out) throws Exception {
    try (LocalLab lab = LocalLab.start(new LocalLab.Spec(options.clusters(), options.hosts(), options.realistic(),
        0, 0))) {
      ConvergenceBenchmark bench = new ConvergenceBenchmark(options, lab, out);
      BenchReport.Environment environment = bench.environment();
      out.print(ReportTable.environment(environment));
      BenchReport.Convergence convergence = bench.convergence();
      BenchReport.Steady steady = bench.steady();
      Disturbances disturbances = new Disturbances(lab, bench.poller, options.phaseTimeout(), out);
      BenchReport.Repair repair = disturbances.repair();
      BenchReport.ScaleOut scaleOut = disturbances.scaleOut();
      BenchReport report = new BenchReport(BenchReport.SOURCE, environment, convergence, steady, repair, scaleOut);
      out.println();
      out.print(ReportTable.phases(report));
      ReportJson.write(report, options.output());
      out.println("JSON: " + options.output().toAbsolutePath());
      return report;
    }
  }

  private BenchReport.Environment environment() {
    var intervals = lab.app().config().reconcileIntervals();
    return new BenchReport.Environment(Instant.now().toString(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        options.timingsName(), options.clusters(), options.hosts(),
        shortForm(intervals.converging()), shortForm(intervals.steady()), shortForm(intervals.retry()));
  }

  /** 5s, 5m, 500ms: the form GI_*_INTERVAL takes. */
  private static String shortForm(Duration d) {
    long ms = d.toMillis();
    return ms % 60_000 == 0 ? ms / 60_000 + "m" : ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }

  /** Phase 1: apply the examples at once and time every GuestIntrospection to Ready. */
  private BenchReport.Convergence convergence() throws InterruptedException {
    List<HasMetadata> items = lab.examples(options.clusters());
    Set<String> gis = new HashSet<>();
    items.stream().filter(i -> "GuestIntrospection".equals(i.getKind()))
        .forEach(i -> gis.add(i.getMetadata().getName()));
    out.printf("1/4 convergence: applying 1 VCenter, 1 PartnerSolution and %d GuestIntrospections%n", gis.size());
    Window window = Window.open(lab);
    lab.apply(items, item -> { });
    Map<String, Long> readyMs = new TreeMap<>();
    poller.await("every GuestIntrospection Ready", options.phaseTimeout(), all -> {
      for (GuestIntrospection gi : all) {
        if (GiPoller.ready(gi)) {
          readyMs.putIfAbsent(gi.getMetadata().getName(), window.elapsedMs());
        }
      }
      return readyMs.keySet().containsAll(gis) ? Optional.of(true) : Optional.empty();
    });
    Window.Closed closed = window.close();
    List<Long> values = new ArrayList<>(readyMs.values());
    return new BenchReport.Convergence(readyMs, Rates.percentile(values, 50), Rates.percentile(values, 100),
        readyMs.keySet().containsAll(gis), closed.calls(), closed.reconciles(),
        Reconciles.total(closed.reconciles()), closed.calls().get("vim", "Login"),
        lab.sim().audit().sessions().size());
  }

  /** Phase 2: nothing to do for {@code --steady-seconds}; the calls and reconciles per minute. */
  private BenchReport.Steady steady() throws InterruptedException {
    out.printf("2/4 steady state: measuring %d s with everything Ready%n", options.steady().toSeconds());
    Window window = Window.open(lab);
    Thread.sleep(options.steady().toMillis());
    Window.Closed closed = window.close();
    if (!poller.list().stream().allMatch(GiPoller::ready)) {
      throw new IllegalStateException("steady state: a GuestIntrospection left Ready while nothing changed");
    }
    double seconds = closed.elapsedMs() / 1000.0;
    Map<String, Double> byApi = new TreeMap<>();
    closed.calls().byApi().forEach((api, n) -> byApi.put(api, Rates.perMinute(n, seconds)));
    Map<String, Double> reconciles = new TreeMap<>();
    closed.reconciles().forEach((c, n) -> reconciles.put(c, Rates.perMinute(n, seconds)));
    return new BenchReport.Steady(seconds, closed.calls().perMinute(seconds), byApi,
        Rates.perMinute(closed.calls().total(), seconds), reconciles,
        Rates.perMinute(Reconciles.total(closed.reconciles()), seconds), closed.calls().get("vim", "Login"));
  }

  /** A measuring window: the call counters and reconcile counters at its start, and its clock. */
  record Window(LocalLab lab, long startNanos, Map<String, Map<String, Long>> calls, Map<String, Long> reconciles) {

    static Window open(LocalLab lab) {
      return new Window(lab, System.nanoTime(), lab.sim().counters().snapshot(),
          Reconciles.started(lab.app().meterRegistry()));
    }

    long elapsedMs() {
      return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    Closed close() {
      long elapsed = elapsedMs();
      return new Closed(elapsed, Calls.between(calls, lab.sim().counters().snapshot()),
          Reconciles.between(reconciles, Reconciles.started(lab.app().meterRegistry())));
    }

    record Closed(long elapsedMs, Calls calls, Map<String, Long> reconciles) {}
  }
}
