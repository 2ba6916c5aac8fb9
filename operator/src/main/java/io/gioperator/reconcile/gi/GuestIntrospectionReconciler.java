package io.gioperator.reconcile.gi;

import io.fabric8.kubernetes.api.model.Secret;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.VCenter;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.inbound.SimpleInboundEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.time.Duration;
import java.util.List;
import org.slf4j.MDC;

/**
 * The GuestIntrospection controller. Re-reconciles on changes of the resource, of the VCenter, PartnerSolution and
 * Secrets it refers to, and of the watched hosts and agent VMs in vCenter; polls EAM at the plan's pace. Deletion
 * runs through {@link GiDeletion} behind the finalizer.
 */
@ControllerConfiguration(name = GuestIntrospectionReconciler.NAME)
public final class GuestIntrospectionReconciler implements Reconciler<GuestIntrospection>, Cleaner<GuestIntrospection> {

  public static final String NAME = "guestintrospection";

  private final GiServices services;
  private final GiConverger converger;
  private final GiDeletion deletion;
  private final SimpleInboundEventSource<GuestIntrospection> vcenterChanges;

  GuestIntrospectionReconciler(GiServices services, SimpleInboundEventSource<GuestIntrospection> vcenterChanges) {
    this.services = services;
    this.converger = new GiConverger(services);
    this.deletion = new GiDeletion(services);
    this.vcenterChanges = vcenterChanges;
  }

  @Override
  public UpdateControl<GuestIntrospection> reconcile(GuestIntrospection gi, Context<GuestIntrospection> context) {
    MDC.put("resource", gi.getMetadata().getNamespace() + "/" + gi.getMetadata().getName());
    try {
      Duration next = converger.reconcile(gi);
      return UpdateControl.<GuestIntrospection>noUpdate().rescheduleAfter(next);
    } finally {
      MDC.remove("resource");
    }
  }

  @Override
  public DeleteControl cleanup(GuestIntrospection gi, Context<GuestIntrospection> context) {
    MDC.put("resource", gi.getMetadata().getNamespace() + "/" + gi.getMetadata().getName());
    try {
      if (deletion.delete(gi)) {
        return DeleteControl.defaultDelete();
      }
      return DeleteControl.noFinalizerRemoval().rescheduleAfter(services.settings().converging().toMillis());
    } finally {
      MDC.remove("resource");
    }
  }

  @Override
  public List<EventSource<?, GuestIntrospection>> prepareEventSources(EventSourceContext<GuestIntrospection> ctx) {
    var cache = ctx.getPrimaryCache();
    var vcenters = new InformerEventSource<>(InformerEventSourceConfiguration.from(VCenter.class,
            GuestIntrospection.class).withName("vcenters")
        .withSecondaryToPrimaryMapper(vc -> ReferenceMappers.gisUsingVCenter(
            cache.list(vc.getMetadata().getNamespace()), vc))
        .withNamespacesInheritedFromController().build(), ctx);
    var partners = new InformerEventSource<>(InformerEventSourceConfiguration.from(PartnerSolution.class,
            GuestIntrospection.class).withName("partnersolutions")
        .withSecondaryToPrimaryMapper(ps -> ReferenceMappers.gisUsingPartner(
            cache.list(ps.getMetadata().getNamespace()), ps))
        .withNamespacesInheritedFromController().build(), ctx);
    var secrets = new InformerEventSource<>(InformerEventSourceConfiguration.from(Secret.class,
            GuestIntrospection.class).withName("secrets")
        .withSecondaryToPrimaryMapper(secret -> ReferenceMappers.gisUsingSecret(
            cache.list(secret.getMetadata().getNamespace()), secret,
            id -> vcenters.get(id).orElse(null), id -> partners.get(id).orElse(null)))
        .withNamespacesInheritedFromController().build(), ctx);
    return List.of(vcenters, partners, secrets, vcenterChanges);
  }
}
