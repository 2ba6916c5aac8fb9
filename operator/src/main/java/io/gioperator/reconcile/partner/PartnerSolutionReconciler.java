package io.gioperator.reconcile.partner;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.PartnerSolutionConditions;
import io.gioperator.api.v1alpha1.PartnerSolutionStatus;
import io.gioperator.api.v1alpha1.SolutionManagerStatus;
import io.gioperator.partner.PartnerAbout;
import io.gioperator.partner.PartnerClient;
import io.gioperator.partner.PartnerClientConfig;
import io.gioperator.partner.PartnerUnauthorizedException;
import io.gioperator.partner.PartnerUnavailableException;
import io.gioperator.partner.PartnerException;
import io.gioperator.reconcile.gi.ReferenceMappers;
import io.gioperator.reconcile.refs.GiReferences;
import io.gioperator.reconcile.refs.ReferenceException;
import io.gioperator.reconcile.status.Conditions;
import io.gioperator.reconcile.status.StatusWriter;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.MDC;

/**
 * The PartnerSolution controller: checks that the Secrets it names exist and, when a solution manager is
 * configured, that its {@code about} endpoint answers with the token; reports Valid and Ready with the reason.
 */
@ControllerConfiguration(name = PartnerSolutionReconciler.NAME)
public final class PartnerSolutionReconciler implements Reconciler<PartnerSolution> {

  public static final String NAME = "partnersolution";

  private final GiReferences references;
  private final StatusWriter status;
  private final Clock clock;
  private final Duration recheck;

  public PartnerSolutionReconciler(KubernetesClient client, Clock clock, Duration recheck) {
    this.references = new GiReferences(client);
    this.status = new StatusWriter(client);
    this.clock = clock;
    this.recheck = recheck;
  }

  @Override
  public UpdateControl<PartnerSolution> reconcile(PartnerSolution ps, Context<PartnerSolution> context) {
    MDC.put("resource", ps.getMetadata().getNamespace() + "/" + ps.getMetadata().getName());
    try {
      Instant now = clock.instant();
      String ns = ps.getMetadata().getNamespace();
      PartnerSolutionStatus next = new PartnerSolutionStatus();
      List<Condition> conditions = new ArrayList<>();
      try {
        PartnerClientConfig config = references.partnerConfig(ns, ps);
        conditions.add(Conditions.of(PartnerSolutionConditions.VALID, ConditionStatus.TRUE,
            PartnerSolutionConditions.REASON_VALID, "the referenced Secrets exist"));
        if (config == null) {
          conditions.add(Conditions.of(PartnerSolutionConditions.READY, ConditionStatus.TRUE, "NoSolutionManager",
              "no solution manager configured: EAM's heartbeat is the only health signal"));
        } else {
          PartnerAbout about = new PartnerClient(config).about();
          SolutionManagerStatus sm = new SolutionManagerStatus();
          sm.setProductName(about.vendor() + " " + about.product());
          sm.setVersion(about.productVersion());
          sm.setApiVersion(about.apiVersion());
          sm.setLastContactTime(now.toString());
          next.setSolutionManager(sm);
          conditions.add(Conditions.of(PartnerSolutionConditions.READY, ConditionStatus.TRUE, "Reachable",
              "solution manager " + config.baseUrl() + " answers: " + sm.getProductName() + " "
                  + about.productVersion()));
        }
      } catch (ReferenceException e) {
        conditions.add(Conditions.of(PartnerSolutionConditions.VALID, ConditionStatus.FALSE,
            PartnerSolutionConditions.REASON_SECRET_NOT_FOUND, e.getMessage()));
        conditions.add(Conditions.of(PartnerSolutionConditions.READY, ConditionStatus.FALSE,
            PartnerSolutionConditions.REASON_SECRET_NOT_FOUND, e.getMessage()));
      } catch (PartnerException | IllegalArgumentException e) {
        String reason = e instanceof PartnerUnauthorizedException
            ? PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNAUTHORIZED
            : e instanceof PartnerUnavailableException || e instanceof PartnerException
                ? PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNREACHABLE : "InvalidSpec";
        if (conditions.isEmpty()) {
          conditions.add(Conditions.of(PartnerSolutionConditions.VALID, ConditionStatus.TRUE,
              PartnerSolutionConditions.REASON_VALID, "the referenced Secrets exist"));
        }
        conditions.add(Conditions.of(PartnerSolutionConditions.READY, ConditionStatus.FALSE, reason,
            String.valueOf(e.getMessage())));
        if (ps.getStatus() != null) {
          next.setSolutionManager(ps.getStatus().getSolutionManager());
        }
      }
      long generation = ps.getMetadata().getGeneration() == null ? 0 : ps.getMetadata().getGeneration();
      next.setObservedGeneration(generation);
      next.setConditions(Conditions.merge(ps.getStatus() == null ? null : ps.getStatus().getConditions(),
          conditions, generation, now));
      if (ps.getStatus() != null && ps.getStatus().getSolutionManager() != null && next.getSolutionManager() != null
          && next.getConditions().equals(ps.getStatus().getConditions())) {
        next.getSolutionManager().setLastContactTime(ps.getStatus().getSolutionManager().getLastContactTime());
      }
      status.write(ps, next);
      return UpdateControl.<PartnerSolution>noUpdate().rescheduleAfter(recheck);
    } finally {
      MDC.remove("resource");
    }
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
