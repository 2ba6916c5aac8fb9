package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.MuxReinstallPhase;
import io.gioperator.reconcile.model.PartnerRegistration;

/**
 * Keeps the partner's registrations of a host equal to its one running SVA: the registration of
 * the current VM (same IP) is kept, registrations of other VMs (replaced, destroyed) and duplicates
 * are removed, and a running SVA with an IP and no registration is registered.
 */
final class RegistrationPlanner {

  private final PlanContext ctx;

  RegistrationPlanner(PlanContext ctx) {
    this.ctx = ctx;
  }

  /** Finds the current registration and the stale ones (no actions yet). */
  void match(HostWork w) {
    if (!active()) {
      return;
    }
    String vm = w.vmRef();
    String ip = w.agent == null ? null : w.agent.ip();
    for (PartnerRegistration registration : w.registrations) {
      boolean sameVm = vm != null && vm.equals(registration.vmRef());
      boolean ipChanged = sameVm && ip != null && registration.ip() != null && !ip.equals(registration.ip());
      if (!sameVm || ipChanged || w.current != null) {
        w.stale.add(registration);
      } else {
        w.current = registration;
      }
    }
  }

  /** Deregisters stale registrations and registers the running SVA when it has none. */
  void emit(HostWork w) {
    if (!active()) {
      return;
    }
    for (PartnerRegistration registration : w.stale) {
      if (w.deregistered.add(registration.id())) {
        String why = w.vmRef() != null && w.vmRef().equals(registration.vmRef())
            ? "IP changed from " + registration.ip() + " to " + w.agent.ip()
            : "VM " + registration.vmRef() + " is no longer the SVA of " + w.host.name();
        ctx.emit(new Action.DeregisterSva(registration.id(), w.host.ref(), "remove stale registration: " + why));
      }
    }
    boolean reinstalling = w.memory.muxReinstall() != null
        && w.memory.muxReinstall().phase() != MuxReinstallPhase.ReinstallingMux;
    if (w.current != null || !w.running() || w.agent.ip() == null || w.awaitingFreshVm() || reinstalling) {
      return;
    }
    ctx.emit(new Action.RegisterSva(w.host.ref(), w.host.name(), w.vmRef(), w.agent.ip(), ctx.desired.svaVersion(),
        "register SVA " + w.vmRef() + " (" + w.agent.ip() + ") on " + w.host.name() + " with the partner"));
  }

  private boolean active() {
    return ctx.desired.partnerManagerConfigured() && ctx.observed.partner().reachable();
  }
}
