package io.gioperator.reconcile.model;

import java.util.List;

/**
 * The planner's answer: actions to take now (in order), the memory to persist, and the status to
 * write (host rows, conditions, counts, open remediations).
 */
public record Plan(
    List<Action> actions,
    Memory memory,
    List<HostRow> hosts,
    List<Condition> conditions,
    HostCounts counts,
    List<RemediationProgress> remediations,
    Pace pace) {

  public Plan {
    actions = List.copyOf(actions);
    hosts = List.copyOf(hosts);
    conditions = List.copyOf(conditions);
    remediations = List.copyOf(remediations);
  }

  public Condition condition(String type) {
    return conditions.stream().filter(c -> c.type().equals(type)).findFirst().orElse(null);
  }

  public HostRow host(String hostName) {
    return hosts.stream().filter(h -> h.hostName().equals(hostName)).findFirst().orElse(null);
  }

  public boolean converging() {
    return pace == Pace.Converging;
  }
}
