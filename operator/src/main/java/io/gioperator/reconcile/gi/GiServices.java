package io.gioperator.reconcile.gi;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.reconcile.act.ActionExecutor;
import io.gioperator.reconcile.act.EventRecorder;
import io.gioperator.reconcile.metrics.GiMetrics;
import io.gioperator.reconcile.refs.GiReferences;
import io.gioperator.reconcile.status.MemoryStore;
import io.gioperator.reconcile.status.StatusWriter;
import io.gioperator.reconcile.watch.PartnerWatchers;
import io.gioperator.reconcile.watch.VCenterWatchers;
import io.gioperator.vsphere.session.VCenterSessionPool;

/**
 * What the GuestIntrospection controller uses besides its input: clients, recorders, stores, the vCenter and
 * partner watches.
 */
record GiServices(KubernetesClient client, VCenterSessionPool pool, GiReferences references, GiMetrics metrics,
                  EventRecorder events, MemoryStore memory, StatusWriter status, ActionExecutor executor,
                  VCenterWatchers watchers, PartnerWatchers partnerWatchers, PartnerClients partners,
                  ReconcileSettings settings) {}
