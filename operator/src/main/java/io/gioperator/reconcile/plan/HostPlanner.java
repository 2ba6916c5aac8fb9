package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.EamTarget;
import io.gioperator.reconcile.model.GoalState;
import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.ObservedHost;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.RecreateCause;
import io.gioperator.reconcile.model.RecreateKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans one present host: scope first (compatible, connected, not in someone else's maintenance
 * mode), then a running ReinstallMux, then the normal flow: issues (rule 4), re-creation triggers
 * (rule 5), registrations, and the row (rule 3).
 */
final class HostPlanner {

  private final PlanContext ctx;
  private final HostStepClassifier rows;
  private final RecreatePlanner recreates;
  private final MaintenancePlanner maintenance;
  private final RegistrationPlanner registrations;
  private final MuxReinstallSteps reinstalls;

  HostPlanner(PlanContext ctx, HostStepClassifier rows, MaintenancePlanner maintenance) {
    this.ctx = ctx;
    this.rows = rows;
    this.recreates = new RecreatePlanner(ctx);
    this.maintenance = maintenance;
    this.registrations = new RegistrationPlanner(ctx);
    this.reinstalls = new MuxReinstallSteps(ctx, rows);
  }

  HostRow plan(ObservedHost host) {
    ObservedAgent agent = ctx.observed.agentOnHost(host.ref()).orElse(null);
    HostMemory remembered = ctx.hosts.getOrDefault(host.ref(), HostMemory.named(host.name()));
    HostWork w = new HostWork(host, agent, ctx.observed.registrationsOnHost(host.ref()),
        remembered.withHostName(host.name()).pruneRedeploys(ctx.now).withPoweredOffSince(null),
        ctx.desired.muxVib().version(), ctx.desired.muxVib().name());
    w.poweredOffSeen = remembered.poweredOffSince();
    HostRow row = classify(w);
    if (w.vmRef() != null) {
      w.memory = w.memory.withLastVmRef(w.vmRef());
    }
    ctx.hosts.put(host.ref(), w.memory);
    return row;
  }

  private HostRow classify(HostWork w) {
    HostVerdict verdict = ctx.compatibility.verdict(w.host.ref());
    if (!verdict.compatible()) {
      recreates.abandon(w, "host is outside the compatibility matrix");
      reinstalls.fail(w, "host is outside the compatibility matrix");
      return rows.simple(w, HostStep.Incompatible, verdict.reason(), verdict.message(), true);
    }
    HostRow reinstallRow = reinstalls.advance(w);
    if (reinstallRow != null) {
      return reinstallRow;
    }
    if (!w.host.connected()) {
      recreates.abandon(w, "host is " + w.host.connection().wire());
      return rows.simple(w, HostStep.Disconnected, "Host" + capitalized(w.host.connection().wire()),
          w.host.name() + " is " + w.host.connection().wire() + "; reported, not acted on", false);
    }
    boolean ourMaintenance = w.memory.maintenanceHold() != null || w.memory.muxReinstall() != null;
    if (w.host.inMaintenanceMode() && !ourMaintenance) {
      recreates.abandon(w, "host entered maintenance mode");
      String eam = w.agent == null ? "" : w.agent.issues().stream()
          .filter(i -> IssuePolicy.categorize(i.type()) == IssueCategory.HOST_IN_MAINTENANCE)
          .map(i -> "; EAM: " + i.text()).findFirst().orElse("");
      return rows.simple(w, HostStep.InMaintenance, "HostInMaintenanceMode",
          w.host.name() + " is in maintenance mode (not entered by the operator); reported, not fought" + eam, false);
    }
    if (w.agent == null) {
      boolean agency = ctx.observed.agency() != null;
      return rows.simple(w, HostStep.Pending, agency ? "WaitingForAgent" : "AgencyNotCreated",
          agency ? "EAM has not created an agent for " + w.host.name() + " yet" : "the agency does not exist yet", false);
    }
    GoalState goal = ctx.observed.agency().goalState();
    if (goal != GoalState.ENABLED) {
      return rows.simple(w, HostStep.Pending, "AgencyNot" + capitalized(GoalState.ENABLED.wire()),
          "the agency's goal state is " + goal.wire() + "; nothing is done on the hosts until it is enabled again", false);
    }
    normalFlow(w);
    HostRow row = rows.row(w);
    recreates.finishIfReady(w, row.step());
    reinstalls.finishIfInstalled(w);
    return row;
  }

  private void normalFlow(HostWork w) {
    maintenance.refreshHold(w);
    recreates.expire(w);
    registrations.match(w);
    List<EamIssue> maintenanceIssues = new ArrayList<>();
    for (EamIssue issue : w.agent.issues()) {
      IssueCategory category = IssuePolicy.categorize(issue.type());
      w.noteIssue(IssuePolicy.stage(issue.type()), issue);
      switch (category) {
        case RESOLVE -> resolve(w, issue);
        case RESOLVE_AS_REDEPLOY -> {
          if (w.memory.recreate() != null) {
            ctx.resolves.request(EamTarget.AGENT, w.agent.ref(), issue);
          } else {
            recreates.start(w, RecreateKind.EamRedeploy, RecreateCause.Corrupted, "VM corrupted: " + issue.text(), issue);
          }
        }
        case RECREATE_INSTEAD -> w.powerIssue = issue;
        case NEEDS_MAINTENANCE_MODE, NEEDS_REBOOT -> maintenanceIssues.add(issue);
        case HOST_IN_MAINTENANCE, REPORT -> w.reported.add(issue);
      }
    }
    maintenance.handle(w, maintenanceIssues);
    powerTrigger(w);
    healthTrigger(w);
    recreates.progress(w);
    ctx.emit(ctx.resolves.take(w.agent.ref(), w.host.name()));
    registrations.emit(w);
  }

  private void resolve(HostWork w, EamIssue issue) {
    boolean vmGone = IssuePolicy.VM_NOT_DEPLOYED.contains(issue.type()) && w.vmRef() == null;
    boolean deletedOutOfBand = vmGone && w.memory.lastVmRef() != null && w.memory.recreate() == null
        && w.memory.muxReinstall() == null;
    if (deletedOutOfBand) {
      recreates.start(w, RecreateKind.EamRedeploy, RecreateCause.Deleted,
          "SVA VM " + w.memory.lastVmRef() + " was deleted outside the operator", issue);
      return;
    }
    if (ctx.mayAct()) {
      ctx.resolves.request(EamTarget.AGENT, w.agent.ref(), issue);
    }
  }

  /**
   * An SVA powered off or suspended while EAM is not working on it is re-created, never powered on. EAM's
   * VmPoweredOff/VmSuspended issue confirms it at once; without one, EAM's view may lag the VM's (it powers the
   * SVA off itself when the host enters maintenance mode, before the host reports it), so the SVA must be seen
   * off again after {@code powerOffConfirm}.
   */
  private void powerTrigger(HostWork w) {
    if (w.vmRef() == null || w.power() == PowerState.POWERED_ON || w.memory.recreate() != null
        || w.host.inMaintenanceMode()) {
      return;
    }
    String state = w.power() == null ? "not running" : w.power().wire();
    if (w.powerIssue != null) {
      recreates.start(w, RecreateKind.DestroyVm, RecreateCause.PoweredOff, "SVA " + w.vmRef() + " is " + state + " unexpectedly ("
          + w.powerIssue.type() + ")", null);
      return;
    }
    if (w.agent.status() == EamStatus.YELLOW) {
      return; // EAM is deploying or powering it on
    }
    Instant since = w.poweredOffSeen != null ? w.poweredOffSeen : ctx.now;
    Instant deadline = since.plus(ctx.tunables.powerOffConfirm());
    if (ctx.now.isBefore(deadline)) {
      w.memory = w.memory.withPoweredOffSince(since);
      w.notes.add("EAM reports no power issue for SVA " + w.vmRef() + " yet; it is re-created at " + deadline
          + " if it is still " + state);
      return;
    }
    recreates.start(w, RecreateKind.DestroyVm, RecreateCause.PoweredOff, "SVA " + w.vmRef() + " is " + state + " unexpectedly (since "
        + since + ", EAM reports " + w.agent.status().wire() + " without a power issue)", null);
  }

  /** A running SVA whose service stays DOWN or whose heartbeat is missing past the timeouts is re-created. */
  private void healthTrigger(HostWork w) {
    if (!w.running()) {
      w.memory = w.memory.withUnhealthySince(null);
      return;
    }
    w.health = ServiceHealth.evaluate(ctx.desired, ctx.observed.partner().reachable(), w.current, w.agent,
        w.memory.unhealthySince(), ctx.now);
    w.memory = w.memory.withUnhealthySince(w.health.since());
    if (w.health.expired(ctx.now) && w.memory.recreate() == null && !w.awaitingFreshVm()) {
      recreates.start(w, RecreateKind.DestroyVm, w.health.cause(), w.health.reason() + ": " + w.health.message(), null);
    }
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Emits the resolves queued for agents of hosts that are no longer in the cluster (VmOrphaned). */
  void planOrphanAgents() {
    for (ObservedAgent agent : ctx.observed.agents()) {
      if (agent.hostRef() != null && ctx.observed.host(agent.hostRef()).isPresent()) {
        continue;
      }
      for (EamIssue issue : agent.issues()) {
        if (IssuePolicy.categorize(issue.type()) == IssueCategory.RESOLVE && ctx.mayAct()) {
          ctx.resolves.request(EamTarget.AGENT, agent.ref(), issue);
        }
      }
      Action resolve = ctx.resolves.take(agent.ref(), "agent " + agent.ref() + " of a host no longer in the cluster");
      ctx.emit(resolve);
    }
  }
}
