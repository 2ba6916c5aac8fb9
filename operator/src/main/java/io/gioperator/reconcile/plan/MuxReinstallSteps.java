package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.MuxReinstall;
import io.gioperator.reconcile.model.MuxReinstallPhase;
import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationResult;
import java.time.Duration;
import java.time.Instant;

/**
 * Rule 7, ReinstallMux as a state machine in memory: deregister and enter maintenance mode → remove
 * the VIB and reboot → exit maintenance mode → EAM installs the Mux again (its VibNotInstalled is
 * resolved by the issue policy) → Succeeded when the desired version is back. Each phase advances
 * on what is observed, re-issues its action when nothing happened after the retry interval, and
 * the whole request fails after the host-operation timeout.
 */
final class MuxReinstallSteps {

  private final PlanContext ctx;
  private final HostStepClassifier rows;

  MuxReinstallSteps(PlanContext ctx, HostStepClassifier rows) {
    this.ctx = ctx;
    this.rows = rows;
  }

  /** The row while the host is in a maintenance phase; null when the normal flow should run. */
  HostRow advance(HostWork w) {
    MuxReinstall run = w.memory.muxReinstall();
    if (run == null) {
      return null;
    }
    if (!ctx.now.isBefore(run.startedAt().plus(ctx.tunables.hostOperationTimeout()))) {
      fail(w, "ReinstallMux did not finish within " + ctx.tunables.hostOperationTimeout() + " (stuck in phase " + run.phase() + ")");
      if (w.host.connected() && w.host.inMaintenanceMode() && run.phase() != MuxReinstallPhase.ReinstallingMux) {
        ctx.emit(new Action.ExitMaintenanceMode(w.host.ref(), w.host.name(), "ReinstallMux failed: leave maintenance mode"));
      }
      return null;
    }
    String prefix = "remediation " + run.requestId() + " (ReinstallMux): ";
    String vib = ctx.desired.muxVib().name();
    switch (run.phase()) {
      case EnteringMaintenanceMode -> {
        if (w.host.connected() && w.host.inMaintenanceMode()) {
          if (ctx.mayAct()) {
            emitRemoveAndReboot(w, vib);
            w.memory = w.memory.withMuxReinstall(run.next(MuxReinstallPhase.RebootingHost, ctx.now, true));
            return row(w, "RebootingHost", prefix + "removing " + vib + " and rebooting " + w.host.name());
          }
          return row(w, "EnteringMaintenanceMode", prefix + w.host.name() + " is in maintenance mode");
        }
        if (due(run.lastActionAt(), ctx.tunables.actionRetryInterval()) && ctx.mayAct()) {
          for (PartnerRegistration registration : w.registrations) {
            if (ctx.desired.partnerManagerConfigured() && ctx.observed.partner().reachable()) {
              ctx.emit(new Action.DeregisterSva(registration.id(), w.host.ref(), "ReinstallMux on " + w.host.name()));
            }
          }
          ctx.emit(new Action.EnterMaintenanceMode(w.host.ref(), w.host.name(),
              "ReinstallMux (request " + run.requestId() + "): enter maintenance mode"));
          w.memory = w.memory.withMuxReinstall(run.actedAt(ctx.now));
        }
        return row(w, "EnteringMaintenanceMode", prefix + "waiting for " + w.host.name() + " to enter maintenance mode");
      }
      case RebootingHost -> {
        boolean rebooted = w.host.connected() && w.host.bootTime() != null && w.host.bootTime().isAfter(run.phaseSince());
        if (rebooted && ctx.mayAct()) {
          ctx.emit(new Action.ExitMaintenanceMode(w.host.ref(), w.host.name(),
              "ReinstallMux (request " + run.requestId() + "): host rebooted, exit maintenance mode"));
          w.memory = w.memory.withMuxReinstall(run.next(MuxReinstallPhase.ExitingMaintenanceMode, ctx.now, true));
          return row(w, "ExitingMaintenanceMode", prefix + "host rebooted; exiting maintenance mode");
        }
        if (!rebooted && w.host.connected() && due(run.lastActionAt(), ctx.tunables.rebootRetryInterval()) && ctx.mayAct()) {
          emitRemoveAndReboot(w, vib);
          w.memory = w.memory.withMuxReinstall(run.actedAt(ctx.now));
        }
        return row(w, "RebootingHost", prefix + "waiting for " + w.host.name() + " to reboot (connection: "
            + w.host.connection().wire() + ")");
      }
      case ExitingMaintenanceMode -> {
        if (w.host.connected() && !w.host.inMaintenanceMode()) {
          w.memory = w.memory.withMuxReinstall(run.next(MuxReinstallPhase.ReinstallingMux, ctx.now, false));
          ctx.slots.releaseMaintenance(w.host.name());
          return null;
        }
        if (due(run.lastActionAt(), ctx.tunables.actionRetryInterval()) && w.host.connected() && ctx.mayAct()) {
          ctx.emit(new Action.ExitMaintenanceMode(w.host.ref(), w.host.name(),
              "ReinstallMux (request " + run.requestId() + "): exit maintenance mode"));
          w.memory = w.memory.withMuxReinstall(run.actedAt(ctx.now));
        }
        return row(w, "ExitingMaintenanceMode", prefix + "waiting for " + w.host.name() + " to exit maintenance mode");
      }
      default -> {
        return null;
      }
    }
  }

  /** After the normal flow: the reinstall succeeds once EAM reports the desired Mux version again. */
  void finishIfInstalled(HostWork w) {
    MuxReinstall run = w.memory.muxReinstall();
    if (run == null || run.phase() != MuxReinstallPhase.ReinstallingMux || !w.muxOk) {
      return;
    }
    ctx.complete(run.requestId(), RemediationAction.ReinstallMux, w.host.name(), RemediationResult.Succeeded,
        ctx.desired.muxVib() + " reinstalled on " + w.host.name());
    w.memory = w.memory.withMuxReinstall(null);
    if (!w.memory.busy()) {
      ctx.slots.release(w.host.ref());
    }
  }

  /** Ends the reinstall as Failed (timeout, host removed, host incompatible). */
  void fail(HostWork w, String why) {
    MuxReinstall run = w.memory.muxReinstall();
    if (run == null) {
      return;
    }
    ctx.complete(run.requestId(), RemediationAction.ReinstallMux, w.host.name(), RemediationResult.Failed, why);
    w.memory = w.memory.withMuxReinstall(null);
    ctx.slots.releaseMaintenance(w.host.name());
    if (!w.memory.busy()) {
      ctx.slots.release(w.host.ref());
    }
  }

  private void emitRemoveAndReboot(HostWork w, String vib) {
    String request = "ReinstallMux (request " + w.memory.muxReinstall().requestId() + ")";
    ctx.emit(new Action.RemoveVib(w.host.ref(), w.host.name(), vib, request + ": remove " + vib));
    ctx.emit(new Action.RebootHost(w.host.ref(), w.host.name(), request + ": reboot after removing " + vib));
  }

  private boolean due(Instant last, Duration interval) {
    return last == null || !ctx.now.isBefore(last.plus(interval));
  }

  private HostRow row(HostWork w, String reason, String message) {
    return rows.simple(w, HostStep.InstallingMux, reason, message, false);
  }
}
