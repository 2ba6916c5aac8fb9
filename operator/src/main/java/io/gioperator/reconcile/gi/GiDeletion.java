package io.gioperator.reconcile.gi;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.GuestIntrospectionConditions;
import io.gioperator.api.v1alpha1.GuestIntrospectionStatus;
import io.gioperator.partner.PartnerClient;
import io.gioperator.reconcile.act.ActResult;
import io.gioperator.reconcile.desired.DesiredClusterMapper;
import io.gioperator.reconcile.model.DeletionPlan;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.observe.FailureReasons;
import io.gioperator.reconcile.observe.ObserveException;
import io.gioperator.reconcile.observe.Observation;
import io.gioperator.reconcile.plan.DeletionPlanner;
import io.gioperator.reconcile.refs.GiReferences;
import io.gioperator.reconcile.refs.ReferenceException;
import io.gioperator.reconcile.status.Conditions;
import io.gioperator.vsphere.session.VCenterConnection;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The finalizer's work: deregister the SVAs, uninstall and destroy the agency, one observed step at a time.
 * Returns empty while work remains (the caller keeps the finalizer and looks again), or the finished marker.
 * With the annotation {@value #ORPHAN_ANNOTATION}{@code : "true"} the resource is released and vSphere is left
 * as it is.
 */
final class GiDeletion {

  public static final String ORPHAN_ANNOTATION = GuestIntrospection.ORPHAN_ON_DELETE_ANNOTATION;
  private static final Logger LOG = LoggerFactory.getLogger(GiDeletion.class);

  private final GiServices s;

  GiDeletion(GiServices services) {
    this.s = services;
  }

  /** True when the finalizer may be removed. */
  boolean delete(GuestIntrospection gi) {
    String ns = gi.getMetadata().getNamespace();
    String name = gi.getMetadata().getName();
    if (orphan(gi)) {
      LOG.info("deleted with {}=true: leaving the agency, SVAs and registrations in place", ORPHAN_ANNOTATION);
      s.events().normal(gi, "Orphaned", "released without removing anything from vCenter or the partner ("
          + ORPHAN_ANNOTATION + "=true)");
      forget(gi);
      return true;
    }
    s.partnerWatchers().untrack(ResourceID.fromResource(gi)); // deletion polls at its own pace
    Instant now = s.settings().clock().instant();
    Memory memory = s.memory().load(gi);
    GiObservation observed;
    try {
      observed = GiObservation.observe(s, gi, memory, true);
    } catch (ReferenceException | ObserveException e) {
      String reason = e instanceof ReferenceException r ? r.reason() : ((ObserveException) e).reason();
      if (FailureReasons.CLUSTER_NOT_FOUND.equals(reason)) {
        LOG.info("cluster {} no longer exists: nothing left to remove", gi.getSpec().getCluster());
        forget(gi);
        return true;
      }
      report(gi, DeletionPlanner.vCenterUnreachable(memory, reason + ": " + FailureReasons.message(e)), now,
          " Or set the annotation " + ORPHAN_ANNOTATION + ": \"true\" to release the resource and leave vSphere"
              + " as it is.");
      s.metrics().failure(ns, name, FailureReasons.reason(e));
      return false;
    }
    GiReferences.Resolved refs = observed.refs();
    VCenterConnection vc = observed.vc();
    PartnerClient partner = observed.partner();
    Observation obs = observed.obs();
    var desired = DesiredClusterMapper.mapForRemoval(gi, refs.partner().getSpec(), obs.placement());
    DeletionPlan plan = DeletionPlanner.plan(desired, obs.cluster(), memory, now, s.settings().tunables());
    ActResult result = s.executor().execute(plan.actions(), vc, partner, obs, desired.muxVib(),
        action -> s.events().normal(gi, action.getClass().getSimpleName(), action.reason()));
    s.memory().save(gi, plan.memory());
    if (!result.ok() && !result.superseded()) {
      s.events().warning(gi, result.failureReason(), result.failureMessage());
      s.metrics().failure(ns, name, result.failureReason());
    }
    if (plan.done()) {
      s.events().normal(gi, "Deleted", "agency, SVAs and registrations removed");
      forget(gi);
      return true;
    }
    report(gi, plan, now, "");
    return false;
  }

  private void report(GuestIntrospection gi, DeletionPlan plan, Instant now, String hint) {
    GuestIntrospectionStatus previous = gi.getStatus();
    GuestIntrospectionStatus next = new GuestIntrospectionStatus();
    if (previous != null) {
      next.setAgency(previous.getAgency());
      next.setHosts(previous.getHosts());
      next.setHostCounts(previous.getHostCounts());
      next.setReadyHosts(previous.getReadyHosts());
      next.setCompletedRemediations(previous.getCompletedRemediations());
    }
    List<Condition> conditions = new ArrayList<>();
    if (previous != null) {
      previous.getConditions().forEach(c -> {
        Condition copy = Conditions.of(c.getType(), c.getStatus(), c.getReason(), c.getMessage());
        copy.setLastTransitionTime(c.getLastTransitionTime());
        conditions.add(copy);
      });
    }
    List<Condition> merged = conditions;
    for (var c : plan.conditions()) {
      Condition api = Conditions.fromModel(c);
      if (!hint.isEmpty() && api.getType().equals(GuestIntrospectionConditions.READY)) {
        api.setMessage(api.getMessage() + "." + hint);
      }
      merged = Conditions.with(merged, api);
    }
    merged = Conditions.with(merged, Conditions.of(GuestIntrospectionConditions.READY, ConditionStatus.FALSE,
        "Deleting", plan.phase().name() + ": " + plan.message() + (hint.isEmpty() ? "" : "." + hint)));
    if (plan.phase() == io.gioperator.reconcile.model.DeletionPhase.VCenterUnreachable) {
      merged = Conditions.with(merged, Conditions.of(GuestIntrospectionConditions.VCENTER_CONNECTED,
          ConditionStatus.FALSE, FailureReasons.VCENTER_UNREACHABLE, plan.message()));
    }
    long generation = GiConverger.generation(gi);
    next.setObservedGeneration(generation);
    next.setConditions(Conditions.merge(previous == null ? null : previous.getConditions(), merged, generation, now));
    s.status().write(gi, s.memory().stamp(gi, next));
  }

  private void forget(GuestIntrospection gi) {
    s.watchers().untrack(ResourceID.fromResource(gi));
    s.partnerWatchers().untrack(ResourceID.fromResource(gi));
    s.metrics().remove(gi.getMetadata().getNamespace(), gi.getMetadata().getName());
    s.memory().forget(gi);
  }

  static boolean orphan(GuestIntrospection gi) {
    Map<String, String> annotations = gi.getMetadata().getAnnotations();
    return annotations != null && "true".equalsIgnoreCase(
        Optional.ofNullable(annotations.get(ORPHAN_ANNOTATION)).orElse("").trim());
  }
}
