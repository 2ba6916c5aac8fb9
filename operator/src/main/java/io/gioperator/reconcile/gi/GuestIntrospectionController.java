package io.gioperator.reconcile.gi;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.partner.PartnerMetrics;
import io.gioperator.reconcile.act.ActionExecutor;
import io.gioperator.reconcile.act.EventRecorder;
import io.gioperator.reconcile.metrics.GiMetrics;
import io.gioperator.reconcile.refs.GiReferences;
import io.gioperator.reconcile.status.MemoryStore;
import io.gioperator.reconcile.status.StatusWriter;
import io.gioperator.reconcile.watch.PartnerWatchers;
import io.gioperator.reconcile.watch.VCenterWatchers;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.javaoperatorsdk.operator.processing.event.source.inbound.SimpleInboundEventSource;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Wires the GuestIntrospection reconciler with its services; {@link #close()} stops the vCenter and partner
 * watches. Both feed one inbound event source: a change they see re-reconciles the resource concerned.
 */
public final class GuestIntrospectionController implements AutoCloseable {

  private final GuestIntrospectionReconciler reconciler;
  private final VCenterWatchers watchers;
  private final PartnerWatchers partnerWatchers;

  private GuestIntrospectionController(GuestIntrospectionReconciler reconciler, VCenterWatchers watchers,
                                       PartnerWatchers partnerWatchers) {
    this.reconciler = reconciler;
    this.watchers = watchers;
    this.partnerWatchers = partnerWatchers;
  }

  public static GuestIntrospectionController create(KubernetesClient client, VCenterSessionPool pool,
                                                    MeterRegistry registry, PartnerMetrics partnerMetrics,
                                                    ReconcileSettings settings) {
    SimpleInboundEventSource<GuestIntrospection> changes = new SimpleInboundEventSource<>("vcenter-watch");
    VCenterWatchers watchers = new VCenterWatchers(changes::propagateEvent, settings.watchMaxWait());
    GiMetrics metrics = new GiMetrics(registry);
    PartnerWatchers partnerWatchers = new PartnerWatchers((id, change) -> {
      metrics.partnerWatchTrigger(id.getNamespace().orElse(""), id.getName(), change.label());
      changes.propagateEvent(id);
    }, settings.partnerWatch(), settings.clock());
    StatusWriter statusWriter = new StatusWriter(client);
    GiServices services = new GiServices(client, pool, new GiReferences(client), metrics,
        new EventRecorder(client, settings.clock()), new MemoryStore(client, statusWriter), statusWriter,
        new ActionExecutor(settings.taskTimeout()), watchers, partnerWatchers, new PartnerClients(partnerMetrics),
        settings);
    return new GuestIntrospectionController(new GuestIntrospectionReconciler(services, changes), watchers,
        partnerWatchers);
  }

  public GuestIntrospectionReconciler reconciler() {
    return reconciler;
  }

  @Override
  public void close() {
    watchers.close();
    partnerWatchers.close();
  }
}
