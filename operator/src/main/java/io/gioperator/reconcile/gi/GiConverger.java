package io.gioperator.reconcile.gi;

import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.GuestIntrospectionStatus;
import io.gioperator.partner.PartnerClient;
import io.gioperator.reconcile.act.ActResult;
import io.gioperator.reconcile.act.EventRecorder;
import io.gioperator.reconcile.desired.DesiredClusterMapper;
import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.Plan;
import io.gioperator.reconcile.observe.FailureReasons;
import io.gioperator.reconcile.observe.ObserveException;
import io.gioperator.reconcile.observe.Observation;
import io.gioperator.reconcile.plan.Planner;
import io.gioperator.reconcile.refs.GiReferences;
import io.gioperator.reconcile.refs.ReferenceException;
import io.gioperator.reconcile.status.GiStatusMapper;
import io.gioperator.reconcile.watch.PartnerWatchTarget;
import io.gioperator.reconcile.watch.WatchTarget;
import io.gioperator.vsphere.session.VCenterConnection;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One reconcile of a live GuestIntrospection: observe → validate → plan → act → status. */
final class GiConverger {

  private static final Logger LOG = LoggerFactory.getLogger(GiConverger.class);
  private static final Set<String> VCENTER_REASONS = Set.of(FailureReasons.VCENTER_UNREACHABLE,
      FailureReasons.INVALID_CREDENTIALS, FailureReasons.CERTIFICATE_NOT_TRUSTED, FailureReasons.NOT_AUTHORIZED,
      GiReferences.VCENTER_NOT_FOUND, "CredentialsNotFound", "CaBundleNotFound");

  private final GiServices s;

  GiConverger(GiServices services) {
    this.s = services;
  }

  /** Returns when to look again. */
  Duration reconcile(GuestIntrospection gi) {
    String ns = gi.getMetadata().getNamespace();
    String name = gi.getMetadata().getName();
    Instant now = s.settings().clock().instant();
    Memory memory = s.memory().load(gi);
    GiObservation observed;
    try {
      observed = GiObservation.observe(s, gi, memory, false);
    } catch (ReferenceException | ObserveException e) {
      return failed(gi, FailureReasons.reason(e) , reasonWord(e), FailureReasons.message(e), now);
    } catch (RuntimeException e) {
      return failed(gi, FailureReasons.reason(e), FailureReasons.reason(e), FailureReasons.message(e), now);
    }
    GiReferences.Resolved refs = observed.refs();
    VCenterConnection vc = observed.vc();
    PartnerClient partner = observed.partner();
    Observation obs = observed.obs();
    DesiredCluster desired = DesiredClusterMapper.map(gi, refs.partner().getSpec(), refs.ovfProperties(),
        refs.downloadPems(), obs.placement());
    Plan plan = Planner.plan(desired, obs.cluster(), memory, now, s.settings().tunables());
    RecreationReasons.started(memory, plan.memory()).forEach(r -> s.metrics().recreation(ns, name, r));
    ActResult result;
    try {
      result = s.executor().execute(plan.actions(), vc, partner, obs, desired.muxVib(),
          action -> s.events().normal(gi, action.getClass().getSimpleName(), action.reason()));
    } finally {
      s.memory().save(gi, plan.memory()); // persisted even when an action failed: memory is optimistic
    }
    if (!result.ok() && !result.superseded()) {
      s.metrics().failure(ns, name, result.failureReason());
      s.events().warning(gi, result.failureReason(), result.failureMessage());
    }
    hostEvents(gi, plan);
    s.metrics().record(ns, name, plan, obs.cluster());
    var cluster = obs.cluster();
    GuestIntrospectionStatus status = GiStatusMapper.fromPlan(gi.getStatus(), generation(gi), plan, cluster,
        GiStatusMapper.vcenterConnected(vc.vcenter(), obs.vcenterProduct(), cluster.vcenterVersion(),
            cluster.vcenterBuild()), desired.paused(), desired.svaVersion(), now);
    if (!result.ok() && !result.superseded() && isAgencyAction(result.failed())) {
      status = GiStatusMapper.withAgencyFailure(status, result.failureReason(), result.failureMessage());
    }
    if (!isReady(gi.getStatus()) && isReady(status)) {
      s.events().normal(gi, "Ready", "all " + plan.counts().inScope() + " hosts in scope are ready");
    }
    s.status().write(gi, s.memory().stamp(gi, status));
    s.watchers().track(ResourceID.fromResource(gi), vc, WatchTarget.of(obs.clusterRef(), obs.hostRefs(),
        obs.vmRefs()));
    boolean steady = result.ok() && !plan.converging();
    watchPartner(gi, steady ? partner : null, refs, obs, desired, now);
    return steady ? s.settings().steady() : s.settings().converging();
  }

  /**
   * A cluster in the steady state is looked at again only after the steady interval: the partner watch polls its
   * registrations in between. One that is converging is polled at the converging pace anyway (and one without a
   * solution manager has nothing to watch), so it is not watched.
   */
  private void watchPartner(GuestIntrospection gi, PartnerClient partner, GiReferences.Resolved refs,
                            Observation obs, DesiredCluster desired, Instant now) {
    ResourceID id = ResourceID.fromResource(gi);
    if (partner == null || refs.partnerConfig() == null) {
      s.partnerWatchers().untrack(id);
      return;
    }
    s.partnerWatchers().track(id, PartnerWatchTarget.of(refs.partnerConfig().baseUrl(), partner, obs.clusterRef(),
        desired.health().heartbeatTimeout()), obs.cluster().partner(), now);
  }

  private Duration failed(GuestIntrospection gi, String metricReason, String reason, String message, Instant now) {
    String ns = gi.getMetadata().getNamespace();
    String name = gi.getMetadata().getName();
    LOG.warn("reconcile stopped before planning: {} ({})", message, reason);
    s.partnerWatchers().untrack(ResourceID.fromResource(gi)); // looked at again after the retry interval
    s.metrics().failure(ns, name, metricReason);
    s.metrics().notReady(ns, name);
    s.events().warning(gi, reason, message);
    s.status().write(gi, s.memory().stamp(gi, GiStatusMapper.failed(gi.getStatus(), generation(gi), reason,
        message, VCENTER_REASONS.contains(reason) || VCENTER_REASONS.contains(metricReason),
        Boolean.TRUE.equals(gi.getSpec().getPaused()), now)));
    return s.settings().retry();
  }

  private static boolean isAgencyAction(Action a) {
    return a instanceof Action.CreateAgency || a instanceof Action.UpdateAgency || a instanceof Action.EnableAgency;
  }

  /** Stalled hosts get a Warning Event (deduplicated by message). */
  private void hostEvents(GuestIntrospection gi, Plan plan) {
    for (HostRow row : plan.hosts()) {
      if ("RedeployBudgetExhausted".equals(row.reason()) || row.manualActionRequired()) {
        s.events().record(gi, EventRecorder.WARNING, row.reason() == null ? "ManualActionRequired" : row.reason(),
            row.hostName() + ": " + row.message());
      }
    }
  }

  /** The exact CamelCase reason of the condition (the reference's own, e.g. SecretNotFound, VCenterNotFound). */
  private static String reasonWord(RuntimeException e) {
    if (e instanceof ReferenceException r) {
      return r.reason();
    }
    return FailureReasons.reason(e);
  }

  static boolean isReady(GuestIntrospectionStatus status) {
    return status != null && status.getConditions() != null && status.getConditions().stream()
        .anyMatch(c -> "Ready".equals(c.getType()) && c.getStatus() == io.gioperator.api.v1alpha1.ConditionStatus.TRUE);
  }

  static long generation(GuestIntrospection gi) {
    return gi.getMetadata().getGeneration() == null ? 0 : gi.getMetadata().getGeneration();
  }
}
