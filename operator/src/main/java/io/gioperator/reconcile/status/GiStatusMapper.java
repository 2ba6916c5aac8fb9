package io.gioperator.reconcile.status;

import io.gioperator.api.v1alpha1.AgencyStatus;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospectionConditions;
import io.gioperator.api.v1alpha1.GuestIntrospectionStatus;
import io.gioperator.api.v1alpha1.HostCounts;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.RemediationAction;
import io.gioperator.api.v1alpha1.RemediationResult;
import io.gioperator.reconcile.model.CompletedRemediation;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.Plan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plan, observation and memory to the GuestIntrospection status. Pure: the caller writes it when it changed. */
public final class GiStatusMapper {

  private GiStatusMapper() {}

  /** The status after a reconcile that observed and planned. */
  public static GuestIntrospectionStatus fromPlan(GuestIntrospectionStatus previous, long generation, Plan plan,
                                                  ObservedCluster observed, Condition vcenterConnected,
                                                  boolean paused, String svaVersion, Instant now) {
    GuestIntrospectionStatus s = new GuestIntrospectionStatus();
    s.setObservedGeneration(generation);
    List<Condition> next = new ArrayList<>();
    next.add(vcenterConnected);
    plan.conditions().forEach(c -> next.add(Conditions.fromModel(c)));
    next.add(paused(paused));
    s.setConditions(Conditions.merge(previous == null ? null : previous.getConditions(), next, generation, now));
    observed.agencyIfPresent().ifPresent(a -> {
      AgencyStatus agency = new AgencyStatus();
      agency.setMoref(a.ref());
      agency.setName(a.name());
      agency.setStatus(a.status().wire());
      agency.setGoalState(a.goalState().wire());
      s.setAgency(agency);
    });
    List<HostStatus> hosts = new ArrayList<>();
    for (HostRow row : plan.hosts()) {
      if (row.step() != HostStep.Removed) {
        hosts.add(HostRows.toStatus(row, observed, plan.memory().host(row.hostRef()), svaVersion, now));
      }
    }
    s.setHosts(hosts);
    s.setHostCounts(counts(plan));
    s.setReadyHosts(plan.counts().ready() + "/" + plan.counts().inScope());
    s.setCompletedRemediations(completed(plan.memory()));
    return s;
  }

  /**
   * The status when the reconcile stopped before planning (a reference, the vCenter or the cluster failed): the
   * last known hosts stay, Ready turns False with the reason, and VCenterConnected says whether that is the cause.
   */
  public static GuestIntrospectionStatus failed(GuestIntrospectionStatus previous, long generation, String reason,
                                                String message, boolean vcenterProblem, boolean paused, Instant now) {
    GuestIntrospectionStatus s = new GuestIntrospectionStatus();
    List<Condition> prev = previous == null ? List.of() : previous.getConditions();
    s.setObservedGeneration(generation);
    if (previous != null) {
      s.setAgency(previous.getAgency());
      s.setHosts(previous.getHosts());
      s.setHostCounts(previous.getHostCounts());
      s.setReadyHosts(previous.getReadyHosts());
      s.setCompletedRemediations(previous.getCompletedRemediations());
    }
    List<Condition> next = new ArrayList<>();
    for (Condition c : prev) {
      next.add(copy(c));
    }
    if (vcenterProblem) {
      next = Conditions.with(next, Conditions.of(GuestIntrospectionConditions.VCENTER_CONNECTED,
          ConditionStatus.FALSE, reason, message));
    }
    next = Conditions.with(next, Conditions.of(GuestIntrospectionConditions.READY, ConditionStatus.FALSE, reason,
        message));
    next = Conditions.with(next, Conditions.of(GuestIntrospectionConditions.RECONCILING, ConditionStatus.FALSE,
        reason, "waiting for the problem to be fixed: " + message));
    next = Conditions.with(next, paused(paused));
    s.setConditions(Conditions.merge(prev, next, generation, now));
    return s;
  }

  /**
   * A failed agency action (CreateAgency, UpdateAgency, Agency_Enable) shown on AgencyReady, and on Ready while Ready
   * waits for the agency: the plan alone would keep saying that the agency is being created or updated. Pure.
   */
  public static GuestIntrospectionStatus withAgencyFailure(GuestIntrospectionStatus s, String reason, String message) {
    for (Condition c : s.getConditions()) {
      boolean agency = GuestIntrospectionConditions.AGENCY_READY.equals(c.getType())
          && c.getStatus() != ConditionStatus.TRUE;
      boolean ready = GuestIntrospectionConditions.READY.equals(c.getType()) && c.getStatus() == ConditionStatus.FALSE
          && "AgencyNotReady".equals(c.getReason());
      if (agency || ready) {
        c.setReason(reason);
        c.setMessage(message);
      }
    }
    return s;
  }

  public static Condition vcenterConnected(String vcenter, String product, String version, String build) {
    return Conditions.of(GuestIntrospectionConditions.VCENTER_CONNECTED, ConditionStatus.TRUE, "Connected",
        "connected to " + vcenter + ": " + (product == null ? "vCenter" : product) + " (version " + version
            + ", build " + build + ")");
  }

  static Condition paused(boolean paused) {
    return Conditions.of(GuestIntrospectionConditions.PAUSED, paused ? ConditionStatus.TRUE : ConditionStatus.FALSE,
        paused ? GuestIntrospectionConditions.REASON_PAUSED : "NotPaused",
        paused ? "spec.paused is true: vSphere is observed but not changed" : "");
  }

  static HostCounts counts(Plan plan) {
    HostCounts c = new HostCounts();
    c.setTotal(plan.counts().total());
    c.setInScope(plan.counts().inScope());
    c.setReady(plan.counts().ready());
    Map<String, Integer> byStep = new LinkedHashMap<>();
    for (HostRow row : plan.hosts()) {
      if (row.step() != HostStep.Removed) {
        byStep.merge(HostRows.step(row.step()).wireName(), 1, Integer::sum);
      }
    }
    c.setByStep(byStep);
    return c;
  }

  static List<io.gioperator.api.v1alpha1.CompletedRemediation> completed(Memory memory) {
    List<io.gioperator.api.v1alpha1.CompletedRemediation> out = new ArrayList<>();
    for (CompletedRemediation c : memory.completedRemediations()) {
      var r = new io.gioperator.api.v1alpha1.CompletedRemediation();
      r.setId(c.id());
      r.setAction(c.action() == io.gioperator.reconcile.model.RemediationAction.RecreateSva
          ? RemediationAction.RECREATE_SVA : RemediationAction.REINSTALL_MUX);
      r.setHost(c.hostName());
      r.setCompletedAt(c.completedAt() == null ? null : c.completedAt().toString());
      r.setResult(switch (c.result()) {
        case Succeeded -> RemediationResult.SUCCEEDED;
        case Failed -> RemediationResult.FAILED;
        case Rejected -> RemediationResult.REJECTED;
      });
      r.setMessage(c.message());
      out.add(r);
    }
    return out;
  }

  private static Condition copy(Condition c) {
    Condition x = Conditions.of(c.getType(), c.getStatus(), c.getReason(), c.getMessage());
    x.setLastTransitionTime(c.getLastTransitionTime());
    return x;
  }
}
