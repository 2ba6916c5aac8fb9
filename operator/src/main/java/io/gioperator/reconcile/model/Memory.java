package io.gioperator.reconcile.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the operator must remember between reconciles and across restarts. The caller persists it
 * in the status and passes it back unchanged; the planner returns the updated copy.
 *
 * @param agencyRef our agency's moref once created or adopted
 * @param agencyUpdatedAt when UpdateAgency was last planned (repeated updates are spaced out, so a
 *     config EAM echoes differently cannot cause an update storm)
 * @param hosts per host moref
 * @param completedRemediations finished requests, oldest first
 */
public record Memory(
    String agencyRef,
    Instant agencyUpdatedAt,
    Map<String, HostMemory> hosts,
    List<ResolveAttempt> resolveAttempts,
    List<CompletedRemediation> completedRemediations) {

  public static final Memory EMPTY = new Memory(null, null, Map.of(), List.of(), List.of());

  public Memory {
    agencyRef = Values.text(agencyRef);
    hosts = Values.sortedMap(hosts);
    resolveAttempts = Values.list(resolveAttempts);
    completedRemediations = Values.list(completedRemediations);
  }

  public HostMemory host(String hostRef) {
    return hosts.get(hostRef);
  }

  public boolean completed(String requestId) {
    return completedRemediations.stream().anyMatch(c -> c.id().equals(requestId));
  }
}
