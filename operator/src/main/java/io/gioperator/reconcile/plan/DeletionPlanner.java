package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.ConditionStatus;
import io.gioperator.reconcile.model.DeletionPhase;
import io.gioperator.reconcile.model.DeletionPlan;
import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.EamTarget;
import io.gioperator.reconcile.model.GoalState;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.ObservedAgency;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.PartnerRegistration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletion of a GuestIntrospection, one observed step at a time: deregister every SVA of the
 * cluster → Uninstall the agency → wait until EAM shows goal uninstalled, green and no agents
 * (resolving the safe issues meanwhile) → DestroyAgency → Done (the finalizer may go). Only our
 * agency (found by name) is ever part of the input. The compatibility matrix does not block
 * deletion; spec.paused does.
 */
public final class DeletionPlanner {

  private DeletionPlanner() {}

  public static DeletionPlan plan(DesiredCluster desired, ObservedCluster observed, Memory memory, Instant now) {
    return plan(desired, observed, memory, now, Tunables.DEFAULTS);
  }

  public static DeletionPlan plan(DesiredCluster desired, ObservedCluster observed, Memory memory, Instant now, Tunables tunables) {
    Memory mem = memory == null ? Memory.EMPTY : memory;
    if (desired.paused()) {
      return report(List.of(), mem, DeletionPhase.Paused,
          "spec.paused is true: deletion waits; nothing is removed from vCenter or the partner");
    }
    if (desired.partnerManagerConfigured()) {
      if (!observed.partner().reachable()) {
        return report(List.of(), mem, DeletionPhase.DeregisteringSvas,
            "the partner solution manager is unreachable; SVAs are deregistered before the agency is uninstalled");
      }
      List<PartnerRegistration> registrations = observed.partner().registrations();
      if (!registrations.isEmpty()) {
        List<Action> actions = registrations.stream()
            .map(r -> (Action) new Action.DeregisterSva(r.id(), r.hostRef(), "GuestIntrospection deleted: deregister SVA " + r.vmRef()))
            .toList();
        return report(actions, mem, DeletionPhase.DeregisteringSvas,
            "deregistering " + registrations.size() + " SVA(s) from the partner");
      }
    }
    ObservedAgency agency = observed.agency();
    Memory forgotten = new Memory(null, null, Map.of(), List.of(), mem.completedRemediations());
    if (agency == null) {
      return report(List.of(), forgotten, DeletionPhase.Done, "nothing left in vCenter or at the partner");
    }
    String what = "agency " + agency.name() + " (" + agency.ref() + ")";
    if (agency.goalState() != GoalState.UNINSTALLED) {
      return report(List.of(new Action.UninstallAgency(agency.ref(), "GuestIntrospection deleted: uninstall " + what)),
          mem, DeletionPhase.Uninstalling, "uninstalling " + what + ": EAM removes the Mux VIBs and the SVAs");
    }
    // EAM keeps the agent objects of an uninstalled agency until it is destroyed: done means green, no VM left.
    if (agency.status() == EamStatus.GREEN && observed.agents().stream()
        .allMatch(a -> a.status() == EamStatus.GREEN && a.vmRef() == null && a.issues().isEmpty())) {
      return report(List.of(new Action.DestroyAgency(agency.ref(), "GuestIntrospection deleted: destroy " + what)),
          mem, DeletionPhase.DestroyingAgency, "destroying " + what);
    }
    return waitForUninstall(observed, agency, mem, now, tunables, what);
  }

  /** What to report while the vCenter cannot be reached during deletion (the caller detects it). */
  public static DeletionPlan vCenterUnreachable(Memory memory, String error) {
    return report(List.of(), memory == null ? Memory.EMPTY : memory, DeletionPhase.VCenterUnreachable,
        "vCenter unreachable (" + error + "); deletion continues when it is back. Removing the finalizer by hand"
            + " leaves the agency, the SVAs and the Mux VIBs in vCenter");
  }

  private static DeletionPlan waitForUninstall(ObservedCluster observed, ObservedAgency agency, Memory mem,
      Instant now, Tunables tunables, String what) {
    ResolveQueue resolves = new ResolveQueue(mem.resolveAttempts(), tunables, now, true);
    List<Action> actions = new ArrayList<>();
    List<String> manual = new ArrayList<>();
    Set<String> targets = new HashSet<>();
    for (EamIssue issue : agency.issues()) {
      queue(resolves, EamTarget.AGENCY, agency.ref(), issue, manual);
      targets.add(agency.ref() + "/" + issue.type());
    }
    addIfPresent(actions, resolves.take(agency.ref(), what));
    for (ObservedAgent agent : observed.agents()) {
      for (EamIssue issue : agent.issues()) {
        queue(resolves, EamTarget.AGENT, agent.ref(), issue, manual);
        targets.add(agent.ref() + "/" + issue.type());
      }
      addIfPresent(actions, resolves.take(agent.ref(), "agent " + agent.ref() + " during uninstall"));
    }
    Memory updated = new Memory(mem.agencyRef(), mem.agencyUpdatedAt(), mem.hosts(), resolves.attempts(targets),
        mem.completedRemediations());
    String message = "waiting for EAM to finish uninstalling " + what + ": status " + agency.status().wire()
        + ", " + observed.agents().size() + " agent(s) left"
        + (manual.isEmpty() ? "" : "; needs a person: " + String.join("; ", manual));
    return report(actions, updated, DeletionPhase.WaitingForUninstall, message);
  }

  private static void queue(ResolveQueue resolves, EamTarget type, String ref, EamIssue issue, List<String> manual) {
    if (IssuePolicy.categorize(issue.type()) == IssueCategory.RESOLVE) {
      resolves.request(type, ref, issue);
    } else {
      manual.add(issue.text());
    }
  }

  private static void addIfPresent(List<Action> actions, Action action) {
    if (action != null) {
      actions.add(action);
    }
  }

  private static DeletionPlan report(List<Action> actions, Memory memory, DeletionPhase phase, String message) {
    boolean done = phase == DeletionPhase.Done;
    List<Condition> conditions = List.of(
        Condition.of(Condition.READY, false, "Deleting", message),
        new Condition(Condition.RECONCILING, done || phase == DeletionPhase.Paused ? ConditionStatus.False : ConditionStatus.True,
            phase.name(), message),
        Condition.of(Condition.STALLED, false, "NotStalled", "deletion is " + (done ? "complete" : "in progress")));
    return new DeletionPlan(actions, memory, phase, message, done, conditions);
  }

}
