package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.EamTarget;
import io.gioperator.reconcile.model.GoalState;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.Recreate;
import io.gioperator.reconcile.model.RecreateCause;
import io.gioperator.reconcile.model.RecreateKind;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationResult;

/**
 * Rule 5: re-create, don't reboot. Starts a re-creation when it is allowed (agency enabled, hourly
 * budget, a free slot, the act gate), drives it (destroy the VM, retried if the VM is still there
 * later) and ends it when the host is Ready on a fresh VM or when it times out.
 */
final class RecreatePlanner {

  private final PlanContext ctx;

  RecreatePlanner(PlanContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Starts an automatic re-creation. {@code eamIssue} is given for EAM-driven redeploys
   * (VmCorrupted, deleted VM): resolving it is the re-creation.
   */
  boolean start(HostWork w, RecreateKind kind, RecreateCause cause, String why, EamIssue eamIssue) {
    if (w.memory.recreate() != null || w.memory.muxReinstall() != null) {
      return false;
    }
    if (ctx.observed.agency() == null || ctx.observed.agency().goalState() != GoalState.ENABLED) {
      w.notes.add("re-creation needed (" + why + ") but the agency's goal state is not enabled");
      return false;
    }
    if (RedeployBudget.exhausted(w.memory, ctx.desired.redeploy(), ctx.now)) {
      w.override(HostStep.Stalled, "RedeployBudgetExhausted",
          RedeployBudget.exhaustedMessage(w.memory, ctx.desired.redeploy(), ctx.now, why), true);
      return false;
    }
    if (!ctx.mayAct()) {
      w.notes.add("re-creation needed (" + why + ") but not acting: " + ctx.gate.message());
      return false;
    }
    if (!ctx.slots.tryAcquire(w.host.ref(), w.host.name())) {
      w.override(HostStep.Recreating, "WaitingForRedeploySlot",
          "re-creation needed (" + why + "); waiting for a slot: " + ctx.slots.describe(), false);
      return false;
    }
    String oldVm = w.vmRef() != null ? w.vmRef() : w.memory.lastVmRef();
    Recreate rec = new Recreate(null, kind, cause, oldVm, why, ctx.now, null);
    w.memory = w.memory.startRecreate(rec, true);
    if (kind == RecreateKind.EamRedeploy) {
      deregisterCurrent(w, "SVA on " + w.host.name() + " is re-created: " + why);
      ctx.resolves.force(EamTarget.AGENT, w.agent.ref(), eamIssue);
      w.memory = w.memory.withRecreate(rec.actedAt(ctx.now));
    }
    return true;
  }

  /** Ends a re-creation that did not bring the host back in time; a new one may then be counted. */
  void expire(HostWork w) {
    Recreate rec = w.memory.recreate();
    if (rec == null || ctx.now.isBefore(rec.startedAt().plus(ctx.tunables.recreateTimeout()))) {
      return;
    }
    w.notes.add("the re-creation started at " + rec.startedAt() + " (" + rec.reason() + ") did not bring "
        + w.host.name() + " back to Ready within " + ctx.tunables.recreateTimeout());
    abandon(w, "the host did not become Ready within " + ctx.tunables.recreateTimeout() + " after the re-creation");
  }

  /** Issues (again, when due) the destroy step of a DestroyVm re-creation whose old VM still exists. */
  void progress(HostWork w) {
    Recreate rec = w.memory.recreate();
    if (rec == null || rec.kind() != RecreateKind.DestroyVm || w.vmRef() == null || !w.vmRef().equals(rec.oldVmRef())) {
      return;
    }
    boolean due = rec.lastActionAt() == null || !ctx.now.isBefore(rec.lastActionAt().plus(ctx.tunables.actionRetryInterval()));
    if (!due || !ctx.mayAct()) {
      return;
    }
    String reason = "re-create SVA " + w.vmRef() + " on " + w.host.name() + ": " + rec.reason();
    deregisterCurrent(w, reason);
    ctx.emit(new Action.RecreateSva(w.host.ref(), w.host.name(), w.agent.ref(), w.vmRef(), reason));
    w.memory = w.memory.withRecreate(rec.actedAt(ctx.now));
  }

  /** Called once the row is known: a re-creation ends when the host is Ready on a fresh VM. */
  void finishIfReady(HostWork w, HostStep step) {
    Recreate rec = w.memory.recreate();
    if (rec == null || step != HostStep.Ready || w.awaitingFreshVm()) {
      return;
    }
    if (rec.requestId() != null) {
      ctx.complete(rec.requestId(), RemediationAction.RecreateSva, w.host.name(), RemediationResult.Succeeded,
          "SVA on " + w.host.name() + " re-created: VM " + rec.oldVmRef() + " replaced by " + w.vmRef());
    }
    w.memory = w.memory.withRecreate(null);
    ctx.slots.release(w.host.ref());
  }

  /** Drops an in-flight re-creation (host left our scope or timed out); a request completes as Failed. */
  void abandon(HostWork w, String why) {
    Recreate rec = w.memory.recreate();
    if (rec == null) {
      return;
    }
    if (rec.requestId() != null) {
      ctx.complete(rec.requestId(), RemediationAction.RecreateSva, w.host.name(), RemediationResult.Failed, why);
    }
    // The VM it replaced is gone for good: a later VmNotDeployed is not a second deletion.
    w.memory = w.memory.withRecreate(null).withLastVmRef(null);
    ctx.slots.release(w.host.ref());
  }

  private void deregisterCurrent(HostWork w, String reason) {
    if (!ctx.desired.partnerManagerConfigured() || !ctx.observed.partner().reachable()) {
      return;
    }
    for (PartnerRegistration registration : w.registrations) {
      if (w.vmRef() != null && w.vmRef().equals(registration.vmRef()) && w.deregistered.add(registration.id())) {
        ctx.emit(new Action.DeregisterSva(registration.id(), w.host.ref(), reason));
      }
    }
  }
}
