package io.gioperator.e2e.bench;

import java.util.Map;

/**
 * Everything the benchmark measured, as printed and as written to JSON (field names are the JSON's; durations
 * are milliseconds, rates are per minute). The figures come from the simulator, not from a real vCenter.
 */
public record BenchReport(String source, Environment environment, Convergence convergence, Steady steady,
    Repair repair, ScaleOut scaleOut) {

  public static final String SOURCE = "simulator (not a real vCenter)";

  /** Where and how it ran. */
  public record Environment(String date, int cores, String jvm, String os, String timings, int clusters,
      int hostsPerCluster, String convergingInterval, String steadyInterval, String retryInterval) {}

  /**
   * Phase 1: one VCenter, one PartnerSolution and a GuestIntrospection per cluster applied at once.
   * {@code readyMs} per GuestIntrospection from the apply to its first Ready=True; {@code logins}: vim Login calls.
   */
  public record Convergence(Map<String, Long> readyMs, long p50Ms, long maxMs, boolean allReady, Calls calls,
      Map<String, Long> reconciles, long reconcilesTotal, long logins, int openSessions) {}

  /** Phase 2: everything Ready, nothing to do; what the operator costs vCenter while idle. */
  public record Steady(double seconds, Map<String, Map<String, Double>> callsPerMinute,
      Map<String, Double> callsPerMinuteByApi, double callsPerMinuteTotal, Map<String, Double> reconcilesPerMinute,
      double reconcilesPerMinuteTotal, long logins) {}

  /** Phase 3: one SVA powered off behind EAM's back, until a new VM on that host is Ready again. */
  public record Repair(String guestIntrospection, String host, String brokenVm, String newVm, long readyMs,
      Calls calls, long reconcilesTotal) {}

  /** Phase 4: one host added to one cluster, until that host is Ready. */
  public record ScaleOut(String guestIntrospection, String cluster, String host, long readyMs, Calls calls,
      long reconcilesTotal) {}
}
