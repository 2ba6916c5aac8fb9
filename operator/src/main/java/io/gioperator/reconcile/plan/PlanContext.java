package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.CompletedRemediation;
import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationRequest;
import io.gioperator.reconcile.model.RemediationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The working state of one planning run: inputs, the actions so far and the memory being updated. */
final class PlanContext {

  final DesiredCluster desired;
  final ObservedCluster observed;
  final Instant now;
  final Tunables tunables;
  final Compatibility compatibility;
  /** The agency spec without download trusts the vCenter cannot take, and why they were left out. */
  final DownloadTrustGate.Result downloadTrust;
  final ActGate gate;
  final ResolveQueue resolves;
  final DisruptionSlots slots;
  final Map<String, HostMemory> hosts;
  /** Requests that could not start yet: id -> why. */
  final Map<String, String> waitingRemediations = new LinkedHashMap<>();

  private final List<Action> actions = new ArrayList<>();
  private final List<CompletedRemediation> completed;
  private String agencyRef;
  private Instant agencyUpdatedAt;
  private boolean singleHostPolicyRequested;

  PlanContext(DesiredCluster desired, ObservedCluster observed, Memory memory, Instant now, Tunables tunables) {
    this.desired = desired;
    this.observed = observed;
    this.now = now;
    this.tunables = tunables;
    this.compatibility = CompatibilityGate.evaluate(desired.compatibility(), observed);
    this.downloadTrust = DownloadTrustGate.apply(desired.agencySpec(), observed.vcenterVersion());
    this.gate = ActGate.of(desired, compatibility);
    this.resolves = new ResolveQueue(memory.resolveAttempts(), tunables, now, gate.allowed());
    this.slots = new DisruptionSlots(desired.redeploy().maxUnavailable());
    this.hosts = new TreeMap<>(memory.hosts());
    this.completed = new ArrayList<>(memory.completedRemediations());
    this.agencyRef = memory.agencyRef();
    this.agencyUpdatedAt = memory.agencyUpdatedAt();
    observed.hosts().forEach(h -> {
      HostMemory hm = hosts.get(h.ref());
      if (hm != null) {
        slots.restore(h.ref(), h.name(), hm);
      }
    });
  }

  boolean mayAct() {
    return gate.allowed();
  }

  /** Adds an action; refuses (returns false) when the gate is closed. */
  boolean emit(Action action) {
    if (!gate.allowed() || action == null) {
      return false;
    }
    actions.add(action);
    return true;
  }

  List<Action> actions() {
    return List.copyOf(actions);
  }

  void requestSingleHostPolicy() {
    singleHostPolicyRequested = true;
  }

  boolean singleHostPolicyRequested() {
    return singleHostPolicyRequested;
  }

  String agencyRef() {
    return agencyRef;
  }

  void agencyRef(String ref) {
    this.agencyRef = ref;
  }

  Instant agencyUpdatedAt() {
    return agencyUpdatedAt;
  }

  void agencyUpdatedAt(Instant at) {
    this.agencyUpdatedAt = at;
  }

  void complete(String id, RemediationAction action, String hostName, RemediationResult result, String message) {
    completed.add(new CompletedRemediation(id, action, hostName, now, result, message));
  }

  boolean completed(String id) {
    return completed.stream().anyMatch(c -> c.id().equals(id));
  }

  Memory memory() {
    return new Memory(agencyRef, agencyUpdatedAt, hosts, resolves.attempts(observedIssueTargets()), keptCompletions());
  }

  /** Completed requests still listed in the spec are kept (so they never run again), plus the newest others. */
  private List<CompletedRemediation> keptCompletions() {
    Set<String> inSpec = new HashSet<>();
    desired.remediationRequests().stream().map(RemediationRequest::id).forEach(inSpec::add);
    List<CompletedRemediation> others = completed.stream().filter(c -> !inSpec.contains(c.id())).toList();
    int drop = Math.max(0, others.size() - tunables.completedRemediationsKept());
    Set<CompletedRemediation> dropped = new HashSet<>(others.subList(0, drop));
    return completed.stream().filter(c -> !dropped.contains(c)).toList();
  }

  private Set<String> observedIssueTargets() {
    Set<String> keys = new HashSet<>();
    if (observed.agency() != null) {
      for (EamIssue issue : observed.agency().issues()) {
        keys.add(observed.agency().ref() + "/" + issue.type());
      }
    }
    for (ObservedAgent agent : observed.agents()) {
      for (EamIssue issue : agent.issues()) {
        keys.add(agent.ref() + "/" + issue.type());
      }
    }
    return keys;
  }
}
