package io.gioperator.reconcile.partner;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.partner.PartnerMetrics;
import io.gioperator.reconcile.metrics.ResourceGauge;
import io.gioperator.api.v1alpha1.PartnerSolutionStatus;
import io.gioperator.api.v1alpha1.PartnerSolutionConditions;
import io.gioperator.reconcile.act.EventRecorder;
import io.gioperator.reconcile.gi.ReferenceMappers;
import io.gioperator.reconcile.inuse.InUse;
import io.gioperator.reconcile.inuse.InUseGuard;
import io.gioperator.reconcile.status.StatusWriter;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The PartnerSolution controller: checks that the Secrets it names exist and, when a solution manager is
 * configured, that its {@code about} endpoint answers with the token; reports Valid and Ready with the reason.
 * Nothing signals that a manager came back, so the controller polls: every {@link CheckIntervals#healthy()} while
 * Ready, every {@link CheckIntervals#failing()} otherwise, and also after a check that threw (JOSDK's own retry
 * gives up after a few attempts and would then never look again). Deleting a PartnerSolution waits while a
 * GuestIntrospection still uses it ({@link InUse}): their removal needs its solution manager token.
 */
@ControllerConfiguration(name = PartnerSolutionReconciler.NAME)
public final class PartnerSolutionReconciler implements Reconciler<PartnerSolution>, Cleaner<PartnerSolution> {

  public static final String NAME = "partnersolution";

  private static final Logger LOG = LoggerFactory.getLogger(PartnerSolutionReconciler.class);

  private final SolutionManagerProbe probe;
  private final StatusWriter status;
  private final InUseGuard inUse;
  private final Clock clock;
  private final CheckIntervals intervals;
  private final ResourceGauge ready;

  public PartnerSolutionReconciler(KubernetesClient client, Clock clock, CheckIntervals intervals,
                                   PartnerMetrics clientMetrics, ResourceGauge ready) {
    this.probe = new SolutionManagerProbe(client, clientMetrics);
    this.ready = ready;
    this.status = new StatusWriter(client);
    this.inUse = new InUseGuard(client, new EventRecorder(client, clock), clock);
    this.clock = clock;
    this.intervals = intervals;
  }

  @Override
  public UpdateControl<PartnerSolution> reconcile(PartnerSolution ps, Context<PartnerSolution> context) {
    MDC.put("resource", id(ps));
    try {
      CheckOutcome outcome = probe.check(ps);
      long generation = ps.getMetadata().getGeneration() == null ? 0 : ps.getMetadata().getGeneration();
      PartnerSolutionStatus previous = ps.getStatus();
      PartnerSolutionStatus next = PartnerSolutionStatuses.next(previous, outcome, generation, clock.instant());
      logTransition(previous, next, outcome);
      ready.set(ps.getMetadata().getNamespace(), ps.getMetadata().getName(),
          PartnerSolutionStatuses.isReady(next));
      status.write(ps, next);
      return UpdateControl.<PartnerSolution>noUpdate()
          .rescheduleAfter(PartnerSolutionStatuses.recheckAfter(outcome, intervals));
    } finally {
      MDC.remove("resource");
    }
  }

  @Override
  public DeleteControl cleanup(PartnerSolution ps, Context<PartnerSolution> context) {
    MDC.put("resource", id(ps));
    try {
      Optional<DeleteControl> held =
          inUse.hold(ps, PartnerSolutionConditions.READY, InUse::usersOfPartner, PartnerSolutionStatus::new);
      if (held.isPresent()) {
        ready.set(ps.getMetadata().getNamespace(), ps.getMetadata().getName(), false); // Ready=False/InUse
        return held.get();
      }
      ready.remove(ps.getMetadata().getNamespace(), ps.getMetadata().getName());
      return DeleteControl.defaultDelete();
    } finally {
      MDC.remove("resource");
    }
  }

  /** A check that threw (the Kubernetes API failed): keep the status, look again after the failing interval. */
  @Override
  public ErrorStatusUpdateControl<PartnerSolution> updateErrorStatus(PartnerSolution ps,
      Context<PartnerSolution> context, Exception e) {
    Duration again = PartnerSolutionStatuses.recheckAfterError(intervals);
    LOG.warn("checking PartnerSolution {} failed: {}; checking again in {}", id(ps), e.toString(), again);
    return ErrorStatusUpdateControl.<PartnerSolution>noStatusUpdate().withNoRetry().rescheduleAfter(again);
  }

  private static void logTransition(PartnerSolutionStatus previous, PartnerSolutionStatus next,
                                    CheckOutcome outcome) {
    boolean was = PartnerSolutionStatuses.isReady(previous);
    boolean is = PartnerSolutionStatuses.isReady(next);
    if (was && !is || previous == null && !is) {
      LOG.warn("PartnerSolution not ready: {}", outcome);
    } else if (!was && is) {
      LOG.info("PartnerSolution ready: {}", outcome.getClass().getSimpleName());
    }
  }

  private static String id(PartnerSolution ps) {
    return ps.getMetadata().getNamespace() + "/" + ps.getMetadata().getName();
  }

  @Override
  public List<EventSource<?, PartnerSolution>> prepareEventSources(EventSourceContext<PartnerSolution> ctx) {
    var cache = ctx.getPrimaryCache();
    var secrets = new InformerEventSource<>(InformerEventSourceConfiguration.from(Secret.class, PartnerSolution.class)
        .withName("partner-secrets")
        .withSecondaryToPrimaryMapper(secret -> cache.list(secret.getMetadata().getNamespace())
            .filter(ps -> ReferenceMappers.partnerSecrets(ps).contains(secret.getMetadata().getName()))
            .map(ResourceID::fromResource).collect(Collectors.toSet()))
        .withNamespacesInheritedFromController().build(), ctx);
    return List.of(secrets);
  }
}
