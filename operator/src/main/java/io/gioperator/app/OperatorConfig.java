package io.gioperator.app;

import io.gioperator.api.v1alpha1.DurationString;
import io.gioperator.reconcile.gi.ReconcileSettings;
import io.gioperator.vsphere.budget.CallBudgetConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Process-level settings, read from environment variables so that the Helm chart, kustomize and the demo
 * configure the operator the same way. A bad value fails start-up with a message naming the variable.
 */
public record OperatorConfig(
    Set<String> watchedNamespaces,
    int httpPort,
    String httpBindAddress,
    boolean useServerSideApply,
    int reconcileThreads,
    boolean leaderElection,
    String leaseName,
    String leaseNamespace,
    Duration shutdownGracePeriod,
    double vcenterRatePerSecond,
    int vcenterMaxConcurrent,
    ReconcileIntervals reconcileIntervals) {

  public static final String WATCH_NAMESPACES = "GI_WATCH_NAMESPACES";
  public static final String HTTP_PORT = "GI_HTTP_PORT";
  public static final String HTTP_BIND_ADDRESS = "GI_HTTP_BIND_ADDRESS";
  public static final String SERVER_SIDE_APPLY = "GI_SERVER_SIDE_APPLY";
  public static final String RECONCILE_THREADS = "GI_RECONCILE_THREADS";
  public static final String LEADER_ELECTION = "GI_LEADER_ELECTION";
  public static final String LEASE_NAME = "GI_LEASE_NAME";
  public static final String LEASE_NAMESPACE = "GI_LEASE_NAMESPACE";
  public static final String SHUTDOWN_GRACE_SECONDS = "GI_SHUTDOWN_GRACE_SECONDS";
  public static final String VCENTER_RATE_PER_SECOND = "GI_VCENTER_RATE_PER_SECOND";
  public static final String VCENTER_MAX_CONCURRENT = "GI_VCENTER_MAX_CONCURRENT";
  public static final String CONVERGING_INTERVAL = "GI_CONVERGING_INTERVAL";
  public static final String STEADY_INTERVAL = "GI_STEADY_INTERVAL";
  public static final String RETRY_INTERVAL = "GI_RETRY_INTERVAL";
  public static final String PARTNER_WATCH_INTERVAL = "GI_PARTNER_WATCH_INTERVAL";
  /** The {@link #PARTNER_WATCH_INTERVAL} value that switches the partner watch off. */
  public static final String PARTNER_WATCH_OFF_VALUE = "off";

  /** The longest reconcile interval accepted: anything longer is almost certainly a unit mistake. */
  public static final Duration LONGEST_INTERVAL = Duration.ofHours(24);
  private static final String DURATION_FORM =
      "a duration above 0 and at most 24h, such as 500ms, 30s, 5m or 1h30m (units h, m, s, ms)";

  /** Defaults suitable for a developer running against a kubeconfig. */
  public static OperatorConfig defaults() {
    return fromEnvironment(Map.of());
  }

  public static OperatorConfig fromEnvironment(Map<String, String> env) {
    return new OperatorConfig(
        namespaces(env.getOrDefault(WATCH_NAMESPACES, "")),
        intValue(env, HTTP_PORT, 8080, 0, 65535),
        env.getOrDefault(HTTP_BIND_ADDRESS, "0.0.0.0"),
        boolValue(env, SERVER_SIDE_APPLY, true),
        intValue(env, RECONCILE_THREADS, 10, 1, 200),
        boolValue(env, LEADER_ELECTION, false),
        env.getOrDefault(LEASE_NAME, "gi-operator-leader"),
        env.get(LEASE_NAMESPACE),
        Duration.ofSeconds(intValue(env, SHUTDOWN_GRACE_SECONDS, 20, 0, 600)),
        rateValue(env, VCENTER_RATE_PER_SECOND, 20),
        intValue(env, VCENTER_MAX_CONCURRENT, 8, 1, 100),
        intervals(env));
  }

  /** The controllers' timing: the defaults of {@link ReconcileSettings} with the intervals of the environment. */
  public ReconcileSettings reconcileSettings() {
    return reconcileIntervals.applyTo(ReconcileSettings.defaults());
  }

  /**
   * The per-vCenter call budget: the client's defaults with the rate and concurrency of the environment. A rate
   * below one per second becomes one call per {@code 1/rate} seconds.
   */
  public CallBudgetConfig callBudget() {
    CallBudgetConfig d = CallBudgetConfig.defaults();
    int permits = vcenterRatePerSecond >= 1 ? (int) Math.round(vcenterRatePerSecond) : 1;
    Duration period = vcenterRatePerSecond >= 1 ? Duration.ofSeconds(1)
        : Duration.ofMillis(Math.round(1000 / vcenterRatePerSecond));
    return new CallBudgetConfig(permits, period, d.rateLimitWait(), vcenterMaxConcurrent, d.bulkheadWait(),
        d.retryMaxAttempts(), d.retryInitialBackoff(), d.retryMultiplier(), d.retryMaxBackoff(),
        d.breakerFailureRatePercent(), d.breakerWindowSize(), d.breakerMinimumCalls(), d.breakerOpenDuration(),
        d.breakerHalfOpenCalls());
  }

  /** An empty set means every namespace. */
  public boolean watchesAllNamespaces() {
    return watchedNamespaces.isEmpty();
  }

  public OperatorConfig withHttpPort(int port) {
    return new OperatorConfig(watchedNamespaces, port, httpBindAddress, useServerSideApply, reconcileThreads,
        leaderElection, leaseName, leaseNamespace, shutdownGracePeriod, vcenterRatePerSecond, vcenterMaxConcurrent,
        reconcileIntervals);
  }

  public OperatorConfig withServerSideApply(boolean ssa) {
    return new OperatorConfig(watchedNamespaces, httpPort, httpBindAddress, ssa, reconcileThreads,
        leaderElection, leaseName, leaseNamespace, shutdownGracePeriod, vcenterRatePerSecond, vcenterMaxConcurrent,
        reconcileIntervals);
  }

  private static Set<String> namespaces(String raw) {
    return Arrays.stream(raw.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Polling while work is in progress must not be slower than polling when nothing is. */
  private static ReconcileIntervals intervals(Map<String, String> env) {
    ReconcileIntervals d = ReconcileIntervals.defaults();
    Duration converging = durationValue(env, CONVERGING_INTERVAL, d.converging());
    Duration steady = durationValue(env, STEADY_INTERVAL, d.steady());
    Duration retry = durationValue(env, RETRY_INTERVAL, d.retry());
    if (converging.compareTo(steady) > 0) {
      throw new IllegalArgumentException(CONVERGING_INTERVAL + "=" + shown(env, CONVERGING_INTERVAL, converging)
          + " is longer than " + STEADY_INTERVAL + "=" + shown(env, STEADY_INTERVAL, steady)
          + ": the poll while work is in progress must be at most the poll when nothing is");
    }
    return new ReconcileIntervals(converging, steady, retry, partnerWatchValue(env, d.partnerWatch()));
  }

  /** A duration as the other intervals, or {@code off}: {@link ReconcileSettings#PARTNER_WATCH_OFF}. */
  private static Duration partnerWatchValue(Map<String, String> env, Duration def) {
    String raw = env.get(PARTNER_WATCH_INTERVAL);
    if (raw != null && raw.trim().equalsIgnoreCase(PARTNER_WATCH_OFF_VALUE)) {
      return ReconcileSettings.PARTNER_WATCH_OFF;
    }
    try {
      return durationValue(env, PARTNER_WATCH_INTERVAL, def);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + "; or " + PARTNER_WATCH_OFF_VALUE
          + " to rely on the steady poll alone", e.getCause());
    }
  }

  private static String shown(Map<String, String> env, String name, Duration value) {
    String raw = env.get(name);
    return raw == null || raw.isBlank() ? DurationString.format(value) + " (the default)" : raw;
  }

  private static Duration durationValue(Map<String, String> env, String name, Duration def) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return def;
    }
    Duration value;
    try {
      value = DurationString.parse(raw.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + "=" + raw + " is not a duration: use " + DURATION_FORM, e);
    }
    if (value.isZero() || value.compareTo(LONGEST_INTERVAL) > 0) {
      throw new IllegalArgumentException(name + "=" + raw + " is out of range: use " + DURATION_FORM);
    }
    return value;
  }

  private static int intValue(Map<String, String> env, String name, int def, int min, int max) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return def;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + "=" + raw + " is out of range: use a whole number from " + min + " to " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + "=" + raw + " is not a whole number: use a value from " + min + " to " + max, e);
    }
  }

  private static double rateValue(Map<String, String> env, String name, double def) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return def;
    }
    try {
      double value = Double.parseDouble(raw.trim());
      if (!(value > 0) || value > 1000) {
        throw new IllegalArgumentException(name + "=" + raw + " is out of range: use a number above 0, at most 1000");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "=" + raw + " is not a number: use e.g. 10 or 0.5", e);
    }
  }

  private static boolean boolValue(Map<String, String> env, String name, boolean def) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return def;
    }
    return switch (raw.trim().toLowerCase()) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException(name + "=" + raw + " is not a boolean: use true or false");
    };
  }
}
