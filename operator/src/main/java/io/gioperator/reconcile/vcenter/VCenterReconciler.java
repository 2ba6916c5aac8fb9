package io.gioperator.reconcile.vcenter;

import io.fabric8.kubernetes.api.model.Secret;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.VCenter;
import io.gioperator.api.v1alpha1.VCenterConditions;
import io.gioperator.api.v1alpha1.VCenterStatus;
import io.gioperator.reconcile.act.EventRecorder;
import io.gioperator.reconcile.gi.ReferenceMappers;
import io.gioperator.reconcile.inuse.InUse;
import io.gioperator.reconcile.inuse.InUseGuard;
import io.gioperator.reconcile.metrics.ResourceGauge;
import io.gioperator.reconcile.observe.FailureReasons;
import io.gioperator.reconcile.refs.ReferenceException;
import io.gioperator.reconcile.refs.SecretValues;
import io.gioperator.reconcile.refs.VCenterTargets;
import io.gioperator.reconcile.status.Conditions;
import io.gioperator.reconcile.status.StatusWriter;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VCenterTarget;
import io.gioperator.vsphere.soap.VSphereException;
import io.gioperator.vsphere.types.AboutInfo;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The VCenter controller: resolves the credentials Secret, takes the shared session from the pool and reports
 * Connected/Ready with the product version and build, or the exact reason it cannot. A rotated Secret re-runs it
 * (the pool then logs this VCenter's old session out); deleting the VCenter waits while a GuestIntrospection still
 * uses it ({@link InUse}), then disconnects its session unless another VCenter resource with the same server,
 * credentials and trust shares it.
 */
@ControllerConfiguration(name = VCenterReconciler.NAME)
public final class VCenterReconciler implements Reconciler<VCenter>, Cleaner<VCenter> {

  public static final String NAME = "vcenter";
  private static final Logger LOG = LoggerFactory.getLogger(VCenterReconciler.class);

  private final VCenterSessionPool pool;
  private final VCenterTargets targets;
  private final StatusWriter status;
  private final EventRecorder events;
  private final InUseGuard inUse;
  private final ResourceGauge connected;
  private final Clock clock;
  private final Duration recheck;

  public VCenterReconciler(io.fabric8.kubernetes.client.KubernetesClient client, VCenterSessionPool pool,
                           ResourceGauge connected, Clock clock, Duration recheck) {
    this.pool = pool;
    this.targets = new VCenterTargets(new SecretValues(client));
    this.status = new StatusWriter(client);
    this.events = new EventRecorder(client, clock);
    this.inUse = new InUseGuard(client, events, clock);
    this.connected = connected;
    this.clock = clock;
    this.recheck = recheck;
  }

  @Override
  public UpdateControl<VCenter> reconcile(VCenter vc, Context<VCenter> context) {
    MDC.put("resource", vc.getMetadata().getNamespace() + "/" + vc.getMetadata().getName());
    try {
      return check(vc);
    } finally {
      MDC.remove("resource");
    }
  }

  private UpdateControl<VCenter> check(VCenter vc) {
    Instant now = clock.instant();
    String ns = vc.getMetadata().getNamespace();
    String name = vc.getMetadata().getName();
    VCenterStatus next = new VCenterStatus();
    VCenterStatus previous = vc.getStatus();
    try {
      VCenterTarget target = targets.resolve(vc);
      var connection = pool.connect(VCenterTargets.sessionOwner(vc), target);
      // The service content is cached after login: CurrentTime is the round trip that proves vCenter answers.
      connection.vim().currentTime();
      AboutInfo about = connection.serviceContent().about();
      next.setProductName(about.fullName());
      next.setVersion(about.version());
      next.setBuild(about.build());
      next.setLastConnectedTime(previous != null && isConnected(previous) && previous.getLastConnectedTime() != null
          ? previous.getLastConnectedTime() : now.toString());
      String message = "logged in to " + target.host() + " as " + target.username() + ": " + about.fullName();
      setConditions(vc, next, ConditionStatus.TRUE, VCenterConditions.REASON_CONNECTED, message, now);
      connected.set(ns, name, true);
    } catch (ReferenceException e) {
      fail(vc, next, e.reason(), e.getMessage(), now);
    } catch (VSphereException e) {
      fail(vc, next, reason(e), "cannot log in to " + vc.getSpec().getServer() + ": " + FailureReasons.message(e),
          now);
    } catch (IllegalArgumentException e) {
      fail(vc, next, "InvalidSpec", FailureReasons.message(e), now);
    }
    boolean wasConnected = previous != null && isConnected(previous);
    status.write(vc, next);
    if (wasConnected != isConnected(next)) {
      Condition c = next.getConditions().get(0);
      events.record(vc, isConnected(next) ? EventRecorder.NORMAL : EventRecorder.WARNING, c.getReason(),
          c.getMessage());
    }
    return UpdateControl.<VCenter>noUpdate().rescheduleAfter(isConnected(next) ? recheck : recheck.dividedBy(10));
  }

  private void fail(VCenter vc, VCenterStatus next, String reason, String message, Instant now) {
    LOG.warn("vCenter not connected: {} ({})", message, reason);
    VCenterStatus previous = vc.getStatus();
    if (previous != null) {
      next.setProductName(previous.getProductName());
      next.setVersion(previous.getVersion());
      next.setBuild(previous.getBuild());
      next.setLastConnectedTime(previous.getLastConnectedTime());
    }
    setConditions(vc, next, ConditionStatus.FALSE, reason, message, now);
    connected.set(vc.getMetadata().getNamespace(), vc.getMetadata().getName(), false);
  }

  private static void setConditions(VCenter vc, VCenterStatus next, ConditionStatus st, String reason, String message,
                                    Instant now) {
    long generation = vc.getMetadata().getGeneration() == null ? 0 : vc.getMetadata().getGeneration();
    next.setObservedGeneration(generation);
    List<Condition> list = List.of(
        Conditions.of(VCenterConditions.CONNECTED, st, reason, message),
        Conditions.of(VCenterConditions.READY, st, reason, message));
    next.setConditions(Conditions.merge(vc.getStatus() == null ? null : vc.getStatus().getConditions(), list,
        generation, now));
  }

  static String reason(VSphereException e) {
    return switch (FailureReasons.reason(e)) {
      case FailureReasons.INVALID_CREDENTIALS -> VCenterConditions.REASON_AUTHENTICATION_FAILED;
      case FailureReasons.CERTIFICATE_NOT_TRUSTED -> VCenterConditions.REASON_CERTIFICATE_NOT_TRUSTED;
      case FailureReasons.NOT_AUTHORIZED -> "NotAuthorized";
      default -> VCenterConditions.REASON_UNREACHABLE;
    };
  }

  private static boolean isConnected(VCenterStatus s) {
    return s.getConditions() != null && s.getConditions().stream()
        .anyMatch(c -> VCenterConditions.CONNECTED.equals(c.getType()) && c.getStatus() == ConditionStatus.TRUE);
  }

  @Override
  public DeleteControl cleanup(VCenter vc, Context<VCenter> context) {
    MDC.put("resource", vc.getMetadata().getNamespace() + "/" + vc.getMetadata().getName());
    try {
      return inUse.hold(vc, VCenterConditions.READY, InUse::usersOfVCenter, VCenterStatus::new)
          .orElseGet(() -> release(vc));
    } finally {
      MDC.remove("resource");
    }
  }

  private DeleteControl release(VCenter vc) {
    try {
      pool.disconnect(VCenterTargets.sessionOwner(vc));
    } catch (RuntimeException e) {
      LOG.warn("disconnecting from {} failed: {}", vc.getSpec().getServer(), e.toString());
    }
    connected.remove(vc.getMetadata().getNamespace(), vc.getMetadata().getName());
    return DeleteControl.defaultDelete();
  }

  @Override
  public List<EventSource<?, VCenter>> prepareEventSources(EventSourceContext<VCenter> ctx) {
    var cache = ctx.getPrimaryCache();
    var secrets = new InformerEventSource<>(InformerEventSourceConfiguration.from(Secret.class, VCenter.class)
        .withName("vcenter-secrets")
        .withSecondaryToPrimaryMapper(secret -> cache.list(secret.getMetadata().getNamespace())
            .filter(vc -> ReferenceMappers.vCenterSecrets(vc).contains(secret.getMetadata().getName()))
            .map(ResourceID::fromResource).collect(Collectors.toSet()))
        .withNamespacesInheritedFromController().build(), ctx);
    return List.of(secrets);
  }
}
