package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.EamTarget;
import io.gioperator.reconcile.model.HostConnection;
import io.gioperator.reconcile.model.HostOperationsPolicy;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.MaintenanceHold;
import io.gioperator.reconcile.model.MaintenanceModePolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 4, disruptive part: VIB issues whose Resolve makes EAM put the host into maintenance mode
 * (and reboot it). Resolved only when the host-operations policy allows it, with EAM's policy
 * pinned to singleHost, one host at a time, within maxUnavailable; otherwise the host waits with
 * EAM's text and the spec field to change.
 */
final class MaintenancePlanner {

  private final PlanContext ctx;

  MaintenancePlanner(PlanContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Ends a hold once EAM is done with the host (out of maintenance mode, no such issue left) or after the timeout.
   * Right after a Resolve the issue is gone while the host has not entered maintenance mode yet, so "done" also
   * needs either the wanted Mux version reported installed or, failing that, the grace of actionRetryInterval.
   * A reboot hold always waits for the grace: the VIB may be reported before the host went down for its reboot.
   */
  void refreshHold(HostWork w) {
    MaintenanceHold hold = w.memory.maintenanceHold();
    if (hold == null) {
      return;
    }
    boolean issuesLeft = w.agent != null && w.agent.issues().stream().anyMatch(i -> IssuePolicy.needsMaintenance(i.type()));
    boolean graceOver = !ctx.now.isBefore(hold.since().plus(ctx.tunables.actionRetryInterval()));
    boolean reboot = IssuePolicy.categorize(hold.issueType()) == IssueCategory.NEEDS_REBOOT;
    boolean installed = w.muxOk && !reboot && w.host.connection() == HostConnection.CONNECTED;
    boolean done = !w.host.inMaintenanceMode() && !issuesLeft && (installed || graceOver);
    boolean timedOut = !ctx.now.isBefore(hold.since().plus(ctx.tunables.hostOperationTimeout()));
    if (timedOut && !done) {
      w.notes.add("EAM's maintenance-mode remediation (" + hold.issueType() + ") started at " + hold.since()
          + " did not finish within " + ctx.tunables.hostOperationTimeout());
    }
    if (done || timedOut) {
      w.memory = w.memory.withMaintenanceHold(null);
      ctx.slots.releaseMaintenance(w.host.name());
      if (w.memory.recreate() == null && w.memory.muxReinstall() == null) {
        ctx.slots.release(w.host.ref());
      }
    }
  }

  /** Decides on all maintenance-mode/reboot issues of one host at once. */
  void handle(HostWork w, List<EamIssue> issues) {
    if (issues.isEmpty()) {
      return;
    }
    EamIssue first = issues.get(0);
    boolean reboot = issues.stream().anyMatch(i -> IssuePolicy.categorize(i.type()) == IssueCategory.NEEDS_REBOOT);
    HostOperationsPolicy policy = ctx.desired.hostOperations();
    List<String> missing = new ArrayList<>();
    if (!policy.allowMaintenanceMode()) {
      missing.add(HostOperationsPolicy.MAINTENANCE_MODE_FIELD);
    }
    if (reboot && !policy.allowReboot()) {
      missing.add(HostOperationsPolicy.REBOOT_FIELD);
    }
    if (!missing.isEmpty()) {
      w.override(HostStep.WaitingForMaintenanceModePermission, first.type(), first.text()
          + "; EAM needs the host in maintenance mode" + (reboot ? " and a reboot" : "") + " to finish the Mux install: set "
          + String.join(" and ", missing) + " to true to let the operator resolve it, or resolve it in vCenter", true);
      return;
    }
    if (w.memory.maintenanceHold() != null) {
      issues.forEach(i -> ctx.resolves.request(EamTarget.AGENT, w.agent.ref(), i));
      return;
    }
    String other = ctx.slots.maintenanceHolderOtherThan(w.host.name());
    if (other != null) {
      w.override(HostStep.InstallingMux, "WaitingForMaintenanceSlot", first.text()
          + "; waiting: " + other + " is in maintenance mode for the operator (one host at a time)", false);
      return;
    }
    MaintenanceModePolicy eamPolicy = ctx.observed.maintenanceModePolicy();
    if (eamPolicy == MaintenanceModePolicy.MULTIPLE_HOSTS || eamPolicy == MaintenanceModePolicy.UNKNOWN) {
      ctx.requestSingleHostPolicy();
      w.override(HostStep.InstallingMux, "WaitingForMaintenanceModePolicy", first.text()
          + "; setting EAM's maintenance-mode policy to singleHost before resolving", false);
      return;
    }
    if (!ctx.mayAct()) {
      w.notes.add("maintenance-mode remediation allowed but not acting: " + ctx.gate.message());
      return;
    }
    if (!ctx.slots.tryAcquire(w.host.ref(), w.host.name())) {
      w.override(HostStep.InstallingMux, "WaitingForMaintenanceSlot", first.text()
          + "; waiting for a slot: " + ctx.slots.describe(), false);
      return;
    }
    ctx.slots.claimMaintenance(w.host.name());
    w.memory = w.memory.withMaintenanceHold(new MaintenanceHold(first.type(), ctx.now));
    issues.forEach(i -> ctx.resolves.force(EamTarget.AGENT, w.agent.ref(), i));
  }

  /** The SetMaintenanceModePolicy action, once per plan, when some host needs it. */
  Action policyAction() {
    if (!ctx.singleHostPolicyRequested()) {
      return null;
    }
    return new Action.SetMaintenanceModePolicy(MaintenanceModePolicy.SINGLE_HOST,
        "pin EAM's maintenance-mode policy to singleHost before a Mux install that needs maintenance mode");
  }
}
