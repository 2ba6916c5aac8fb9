package io.gioperator.app;

import io.gioperator.reconcile.gi.GuestIntrospectionController;
import io.gioperator.reconcile.gi.ReconcileSettings;
import io.gioperator.reconcile.metrics.VCenterMetrics;
import io.gioperator.reconcile.partner.CheckIntervals;
import io.gioperator.reconcile.partner.PartnerSolutionReconciler;
import io.gioperator.reconcile.vcenter.VCenterReconciler;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VSphereClientConfig;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The controllers the operator process runs: VCenter, PartnerSolution and GuestIntrospection, sharing one vCenter
 * session pool (one session per vCenter and credentials, with the call budget of {@link OperatorConfig}).
 */
public final class DefaultControllers {

  private DefaultControllers() {}

  public static ControllerSet create() {
    return create(ReconcileSettings.defaults());
  }

  /** With explicit timings and clock (tests shorten the intervals and move the clock). */
  public static ControllerSet create(ReconcileSettings settings) {
    return (operator, context) -> {
      OperatorConfig config = context.config();
      VCenterSessionPool pool = new VCenterSessionPool(
          VSphereClientConfig.defaults().withBudget(config.callBudget()), context.meterRegistry());
      var client = context.kubernetesClient();
      register(operator, new VCenterReconciler(client, pool, new VCenterMetrics(context.meterRegistry()),
          settings.clock(), settings.steady()), config);
      register(operator, new PartnerSolutionReconciler(client, settings.clock(),
          new CheckIntervals(settings.steady(), settings.retry())), config);
      GuestIntrospectionController gi = GuestIntrospectionController.create(client, pool, context.meterRegistry(),
          settings);
      register(operator, gi.reconciler(), config);
      return () -> {
        gi.close();
        pool.close();
      };
    };
  }

  private static <R extends io.fabric8.kubernetes.api.model.HasMetadata> void register(Operator operator,
      Reconciler<R> reconciler, OperatorConfig config) {
    Consumer<ControllerConfigurationOverrider<R>> overrides = o -> {
      if (!config.watchesAllNamespaces()) {
        o.settingNamespaces(config.watchedNamespaces());
      }
      o.withReconciliationMaxInterval(Duration.ofMinutes(10));
    };
    operator.register(reconciler, overrides);
  }
}
