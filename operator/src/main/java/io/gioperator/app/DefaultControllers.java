package io.gioperator.app;

import io.gioperator.partner.PartnerMetrics;
import io.gioperator.reconcile.gi.GuestIntrospectionController;
import io.gioperator.reconcile.gi.ReconcileSettings;
import io.gioperator.reconcile.metrics.ResourceGauge;
import io.gioperator.reconcile.partner.CheckIntervals;
import io.gioperator.reconcile.partner.PartnerSolutionReconciler;
import io.gioperator.reconcile.vcenter.VCenterReconciler;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VSphereClientConfig;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.processing.retry.GenericRetry;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The controllers the operator process runs: VCenter, PartnerSolution and GuestIntrospection, sharing one vCenter
 * session pool (one session per vCenter and credentials, with the call budget of {@link OperatorConfig}).
 */
public final class DefaultControllers {

  /** JOSDK reconciles a resource at least this often even without events or a reschedule (a safety net). */
  static final Duration SAFETY_NET_INTERVAL = Duration.ofMinutes(10);

  private DefaultControllers() {}

  /** With the default timings ({@link ReconcileSettings#defaults()}), whatever the environment says. */
  public static ControllerSet create() {
    return create(ReconcileSettings.defaults());
  }

  /**
   * With explicit timings and clock: {@link OperatorMain} passes {@link OperatorConfig#reconcileSettings()}, tests
   * shorten the intervals and move the clock. VCenter and PartnerSolution are re-checked every {@code steady}.
   */
  public static ControllerSet create(ReconcileSettings settings) {
    return (operator, context) -> {
      OperatorConfig config = context.config();
      VCenterSessionPool pool = new VCenterSessionPool(
          VSphereClientConfig.defaults().withBudget(config.callBudget()), context.meterRegistry());
      var client = context.kubernetesClient();
      register(operator, new VCenterReconciler(client, pool, ResourceGauge.vcenterConnected(context.meterRegistry()),
          settings.clock(), settings.steady()), config, settings);
      PartnerMetrics partnerMetrics = new PartnerMetrics(context.meterRegistry());
      register(operator, new PartnerSolutionReconciler(client, settings.clock(),
          new CheckIntervals(settings.steady(), settings.retry()), partnerMetrics,
          ResourceGauge.partnerSolutionReady(context.meterRegistry())), config, settings);
      GuestIntrospectionController gi = GuestIntrospectionController.create(client, pool, context.meterRegistry(),
          partnerMetrics, settings);
      register(operator, gi.reconciler(), config, settings);
      return () -> {
        gi.close();
        pool.close();
      };
    };
  }

  private static <R extends io.fabric8.kubernetes.api.model.HasMetadata> void register(Operator operator,
      Reconciler<R> reconciler, OperatorConfig config, ReconcileSettings settings) {
    Consumer<ControllerConfigurationOverrider<R>> overrides = o -> {
      if (!config.watchesAllNamespaces()) {
        o.settingNamespaces(config.watchedNamespaces());
      }
      o.withReconciliationMaxInterval(maxReconciliationInterval(settings.steady()));
      o.withRetry(retryPolicy(settings.retry()));
    };
    operator.register(reconciler, overrides);
  }

  /**
   * How JOSDK retries a reconcile that threw (the API server failing a status write or a Secret read, a bug):
   * backing off from 1 s up to the retry interval, and never giving up. JOSDK's default stops after a few attempts
   * and then schedules nothing, so the resource would not be looked at again until it or a Secret changed.
   */
  static GenericRetry retryPolicy(Duration retry) {
    long max = Math.max(1, retry.toMillis());
    return new GenericRetry().setInitialInterval(Math.min(1000, max)).setIntervalMultiplier(2)
        .setMaxInterval(max).withoutMaxAttempts();
  }

  /**
   * The safety-net interval, never shorter than the steady poll: a shorter one would silently make the steady poll
   * that short, which is exactly what a longer {@code GI_STEADY_INTERVAL} is meant to avoid.
   */
  static Duration maxReconciliationInterval(Duration steady) {
    return steady.compareTo(SAFETY_NET_INTERVAL) > 0 ? steady : SAFETY_NET_INTERVAL;
  }
}
