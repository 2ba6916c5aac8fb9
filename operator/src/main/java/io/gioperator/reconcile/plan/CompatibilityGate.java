package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.CompatibilityMatrix;
import io.gioperator.reconcile.model.EsxiRule;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.ObservedHost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule 1: the vCenter and every host's ESXi version/build against the matrix, before anything
 * else. EAM matches agent configs on the host version only, so when hosts of one version differ in
 * build and some are outside the matrix, the whole version is left out of the agency (otherwise the
 * incompatible host would get an SVA too) and its compatible hosts are told why.
 */
final class CompatibilityGate {

  private CompatibilityGate() {}

  static Compatibility evaluate(CompatibilityMatrix matrix, ObservedCluster observed) {
    boolean vcenterOk = matrix.vcenterVersions().isEmpty()
        || matrix.vcenterVersions().stream().anyMatch(p -> VersionPattern.matches(p, observed.vcenterVersion()));
    String vcenterMessage = vcenterOk ? "" : "vCenter " + text(observed.vcenterVersion())
        + " build " + text(observed.vcenterBuild()) + " is not in the compatibility matrix (allowed: "
        + String.join(", ", matrix.vcenterVersions()) + ")";

    Map<String, HostVerdict> verdicts = new HashMap<>();
    Set<String> badVersions = new TreeSet<>();
    List<String> incompatible = new ArrayList<>();
    List<ObservedHost> hosts = observed.hosts().stream()
        .sorted(java.util.Comparator.comparing(ObservedHost::name)).toList();
    for (ObservedHost host : hosts) {
      String why = hostProblem(matrix, host);
      if (why != null) {
        verdicts.put(host.ref(), new HostVerdict(false, "IncompatibleVersion",
            host.name() + ": " + host.versionText() + " " + why));
        incompatible.add(host.name() + ": " + host.versionText());
        if (host.esxiVersion() != null) {
          badVersions.add(host.esxiVersion());
        }
      }
    }
    Set<String> versions = new TreeSet<>();
    for (ObservedHost host : hosts) {
      if (verdicts.containsKey(host.ref()) || host.esxiVersion() == null) {
        continue;
      }
      if (badVersions.contains(host.esxiVersion())) {
        verdicts.put(host.ref(), new HostVerdict(false, "VersionSharedWithIncompatibleHost",
            host.name() + ": " + host.versionText() + " is compatible, but EAM matches agents on the "
                + "ESXi version only and another host of version " + host.esxiVersion()
                + " is outside the matrix, so no host of that version gets the Mux or an SVA"));
      } else {
        versions.add(host.esxiVersion());
      }
    }
    return new Compatibility(vcenterOk, vcenterMessage, Map.copyOf(verdicts), List.copyOf(versions),
        List.copyOf(incompatible));
  }

  /** Null when compatible, else why not. */
  private static String hostProblem(CompatibilityMatrix matrix, ObservedHost host) {
    if (matrix.esxi().isEmpty()) {
      return null;
    }
    if (host.esxiVersion() == null) {
      return "(ESXi version unknown)";
    }
    for (EsxiRule rule : matrix.esxi()) {
      if (VersionPattern.matches(rule.version(), host.esxiVersion()) && buildAllowed(rule, host.esxiBuild())) {
        return null;
      }
    }
    return "is not in the compatibility matrix";
  }

  private static boolean buildAllowed(EsxiRule rule, String build) {
    if (rule.minBuild() == null && rule.maxBuild() == null) {
      return true;
    }
    long number;
    try {
      number = Long.parseLong(build == null ? "" : build);
    } catch (NumberFormatException e) {
      return false;
    }
    return (rule.minBuild() == null || number >= rule.minBuild())
        && (rule.maxBuild() == null || number <= rule.maxBuild());
  }

  private static String text(String value) {
    return value == null ? "unknown" : value;
  }
}
