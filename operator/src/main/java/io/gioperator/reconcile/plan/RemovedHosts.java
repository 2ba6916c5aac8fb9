package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule 6, removed hosts: EAM removes their agents when they leave the scope; the operator removes
 * their partner registrations, fails remediations that were running on them, and forgets them once
 * nothing is left. Each gets a Removed row while something remains.
 */
final class RemovedHosts {

  private final PlanContext ctx;

  RemovedHosts(PlanContext ctx) {
    this.ctx = ctx;
  }

  List<HostRow> plan() {
    Set<String> gone = new TreeSet<>();
    ctx.hosts.keySet().stream().filter(ref -> ctx.observed.host(ref).isEmpty()).forEach(gone::add);
    ctx.observed.partner().registrations().stream().map(PartnerRegistration::hostRef)
        .filter(ref -> ref != null && ctx.observed.host(ref).isEmpty()).forEach(gone::add);
    List<HostRow> rows = new ArrayList<>();
    for (String ref : gone) {
      rows.add(plan(ref));
    }
    return rows;
  }

  private HostRow plan(String ref) {
    HostMemory memory = ctx.hosts.get(ref);
    List<PartnerRegistration> registrations = ctx.observed.registrationsOnHost(ref);
    String name = memory != null && memory.hostName() != null ? memory.hostName() : ref;
    if (memory != null) {
      failRunning(memory, name);
    }
    boolean canDeregister = ctx.desired.partnerManagerConfigured() && ctx.observed.partner().reachable() && ctx.mayAct();
    if (canDeregister) {
      registrations.forEach(r -> ctx.emit(new Action.DeregisterSva(r.id(), ref,
          "host " + name + " was removed from the cluster")));
    }
    // While the partner cannot be asked, its registrations of this host are unknown: keep the name.
    boolean partnerUnknown = ctx.desired.partnerManagerConfigured() && !ctx.observed.partner().reachable();
    boolean keep = partnerUnknown || (!registrations.isEmpty() && !canDeregister);
    if (keep) {
      ctx.hosts.put(ref, HostMemory.named(name));
    } else {
      ctx.hosts.remove(ref);
    }
    String message = name + " is no longer in the cluster"
        + (partnerUnknown ? "; its partner registrations are removed once the partner is reachable"
        : registrations.isEmpty() ? "" : canDeregister
            ? "; removing " + registrations.size() + " partner registration(s)"
            : "; " + registrations.size() + " partner registration(s) left to remove"
                + (ctx.mayAct() ? " (partner unreachable)" : " (not acting: " + ctx.gate.message() + ")"));
    return new HostRow(ref, name, null, null, HostStep.Removed, "HostRemoved", message,
        null, null, null, null, null, null, 0, false);
  }

  private void failRunning(HostMemory memory, String name) {
    if (memory.recreate() != null && memory.recreate().requestId() != null) {
      ctx.complete(memory.recreate().requestId(), RemediationAction.RecreateSva, name, RemediationResult.Failed,
          name + " was removed from the cluster");
    }
    if (memory.muxReinstall() != null) {
      ctx.complete(memory.muxReinstall().requestId(), RemediationAction.ReinstallMux, name, RemediationResult.Failed,
          name + " was removed from the cluster");
    }
  }
}
