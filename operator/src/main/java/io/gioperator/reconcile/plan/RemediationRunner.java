package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.HostOperationsPolicy;
import io.gioperator.reconcile.model.MuxReinstall;
import io.gioperator.reconcile.model.MuxReinstallPhase;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.ObservedHost;
import io.gioperator.reconcile.model.Recreate;
import io.gioperator.reconcile.model.RecreateCause;
import io.gioperator.reconcile.model.RecreateKind;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationProgress;
import io.gioperator.reconcile.model.RemediationRequest;
import io.gioperator.reconcile.model.RemediationResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule 7: admits new remediation requests before the hosts are planned (an explicit request goes
 * before automatic work for a slot). A request runs once per id: it is either started (the host
 * planners then drive it), completed at once (Failed: unknown or unusable host; Rejected: the
 * policy forbids it), or left waiting with the reason.
 */
final class RemediationRunner {

  private final PlanContext ctx;

  RemediationRunner(PlanContext ctx) {
    this.ctx = ctx;
  }

  void admit() {
    Set<String> seen = new HashSet<>();
    for (RemediationRequest request : ctx.desired.remediationRequests()) {
      if (!seen.add(request.id()) || ctx.completed(request.id()) || running(request.id())) {
        continue;
      }
      admit(request);
    }
  }

  private void admit(RemediationRequest request) {
    ObservedHost host = request.hostName() == null ? null : ctx.observed.hostNamed(request.hostName()).orElse(null);
    if (host == null) {
      finish(request, RemediationResult.Failed, "host '" + request.hostName() + "' is not in cluster "
          + ctx.desired.agencySpec().clusterRef());
      return;
    }
    if (!ctx.compatibility.verdict(host.ref()).compatible()) {
      finish(request, RemediationResult.Failed, host.name() + " is outside the compatibility matrix");
      return;
    }
    if (request.action() == RemediationAction.ReinstallMux) {
      List<String> missing = new ArrayList<>();
      if (!ctx.desired.hostOperations().allowMaintenanceMode()) {
        missing.add(HostOperationsPolicy.MAINTENANCE_MODE_FIELD);
      }
      if (!ctx.desired.hostOperations().allowReboot()) {
        missing.add(HostOperationsPolicy.REBOOT_FIELD);
      }
      if (!missing.isEmpty()) {
        finish(request, RemediationResult.Rejected, "ReinstallMux needs maintenance mode and a host reboot: set "
            + String.join(" and ", missing) + " to true, then submit a request with a new id");
        return;
      }
    }
    if (!host.connected()) {
      finish(request, RemediationResult.Failed, host.name() + " is " + host.connection().wire());
      return;
    }
    HostMemory memory = ctx.hosts.getOrDefault(host.ref(), HostMemory.named(host.name()));
    if (host.inMaintenanceMode() && memory.maintenanceHold() == null) {
      finish(request, RemediationResult.Failed, host.name() + " is in maintenance mode; take it out and submit a request with a new id");
      return;
    }
    ObservedAgent agent = ctx.observed.agentOnHost(host.ref()).orElse(null);
    if (agent == null || (request.action() == RemediationAction.RecreateSva && agent.vmRef() == null)) {
      finish(request, RemediationResult.Failed, "no SVA " + (agent == null ? "agent" : "VM") + " on " + host.name()
          + " to " + (request.action() == RemediationAction.RecreateSva ? "re-create" : "reinstall the Mux for"));
      return;
    }
    if (memory.busy()) {
      wait(request, "another operation is in progress on " + host.name());
      return;
    }
    if (!ctx.mayAct()) {
      wait(request, "not started: " + ctx.gate.message());
      return;
    }
    String other = ctx.slots.maintenanceHolderOtherThan(host.name());
    if (request.action() == RemediationAction.ReinstallMux && other != null) {
      wait(request, other + " is in maintenance mode for the operator (one host at a time)");
      return;
    }
    if (!ctx.slots.tryAcquire(host.ref(), host.name())) {
      wait(request, "waiting for a slot: " + ctx.slots.describe());
      return;
    }
    if (request.action() == RemediationAction.RecreateSva) {
      Recreate rec = new Recreate(request.id(), RecreateKind.DestroyVm, RecreateCause.Requested, agent.vmRef(),
          "remediation request " + request.id(), ctx.now, null);
      ctx.hosts.put(host.ref(), memory.startRecreate(rec, false));
    } else {
      ctx.slots.claimMaintenance(host.name());
      ctx.hosts.put(host.ref(), memory.withMuxReinstall(
          new MuxReinstall(request.id(), MuxReinstallPhase.EnteringMaintenanceMode, ctx.now, ctx.now, null)));
    }
  }

  /** Open requests for the status: waiting ones with their reason, running ones with their phase. */
  List<RemediationProgress> progress() {
    List<RemediationProgress> open = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RemediationRequest request : ctx.desired.remediationRequests()) {
      if (!seen.add(request.id()) || ctx.completed(request.id())) {
        continue;
      }
      String phase = phase(request.id());
      if (phase != null) {
        open.add(new RemediationProgress(request.id(), request.action(), request.hostName(), "Running", phase));
      } else {
        open.add(new RemediationProgress(request.id(), request.action(), request.hostName(), "Pending",
            ctx.waitingRemediations.getOrDefault(request.id(), "waiting")));
      }
    }
    return open;
  }

  private boolean running(String id) {
    return phase(id) != null;
  }

  private String phase(String id) {
    for (Map.Entry<String, HostMemory> entry : ctx.hosts.entrySet()) {
      HostMemory memory = entry.getValue();
      if (memory.recreate() != null && id.equals(memory.recreate().requestId())) {
        return "re-creating the SVA on " + memory.hostName();
      }
      if (memory.muxReinstall() != null && id.equals(memory.muxReinstall().requestId())) {
        return memory.muxReinstall().phase() + " on " + memory.hostName();
      }
    }
    return null;
  }

  private void finish(RemediationRequest request, RemediationResult result, String message) {
    ctx.complete(request.id(), request.action(), request.hostName(), result, message);
  }

  private void wait(RemediationRequest request, String why) {
    ctx.waitingRemediations.put(request.id(), why);
  }
}
