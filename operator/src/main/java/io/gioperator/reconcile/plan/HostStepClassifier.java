package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.Recreate;
import io.gioperator.reconcile.model.RecreateKind;
import io.gioperator.reconcile.model.ServiceStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 3: a host's row is the first unmet step of the real deployment order (Mux VIB, SVA
 * deployed, powered on, IP, registered, service), unless a planner fixed it (budget, slot,
 * permission, remediation phase). The message says why, with EAM's issue text.
 */
final class HostStepClassifier {

  private final PlanContext ctx;

  HostStepClassifier(PlanContext ctx) {
    this.ctx = ctx;
  }

  HostRow row(HostWork w) {
    if (w.override != null) {
      return build(w, w.override.step(), w.override.reason(), w.override.message(), w.override.manual());
    }
    String mux = ctx.desired.muxVib().toString();
    if (!w.muxOk) {
      EamIssue issue = w.stageIssues.get(IssueStage.MUX);
      String installed = "Mux " + mux + " not installed yet (installed: "
          + (w.muxVersion == null ? "none" : w.muxVersion) + ")";
      if (issue != null) {
        return build(w, HostStep.InstallingMux, issue.type(), installed + ": " + issue.text(), w.isReported(issue));
      }
      return build(w, HostStep.InstallingMux, w.muxVersion == null ? "MuxNotInstalled" : "MuxVersionMismatch",
          installed + "; EAM is installing it", false);
    }
    EamIssue vmIssue = w.stageIssues.get(IssueStage.VM);
    if (w.awaitingFreshVm()) {
      Recreate rec = w.memory.recreate();
      boolean destroying = rec.kind() == RecreateKind.DestroyVm && w.vmRef() != null;
      String detail = destroying ? "destroying VM " + rec.oldVmRef() : "waiting for EAM to deploy a fresh VM from the OVF";
      return build(w, HostStep.Recreating, destroying ? "DestroyingSva" : "RedeployingFromOvf",
          "re-creating the SVA (" + rec.reason() + "): " + detail + withIssue(vmIssue), false);
    }
    if (w.vmRef() == null) {
      if (vmIssue != null) {
        return build(w, HostStep.DeployingSva, vmIssue.type(), "SVA not deployed: " + vmIssue.text(), w.isReported(vmIssue));
      }
      return build(w, HostStep.DeployingSva, "DeployingSva", "EAM is deploying the SVA from the OVF", false);
    }
    if (w.power() != PowerState.POWERED_ON) {
      EamIssue issue = w.powerIssue != null ? w.powerIssue : w.stageIssues.get(IssueStage.POWER);
      String state = w.power() == null ? "unknown" : w.power().wire();
      if (issue != null) {
        return build(w, HostStep.PoweringOn, issue.type(), "SVA " + w.vmRef() + " is " + state + ": " + issue.text(), w.isReported(issue));
      }
      return build(w, HostStep.PoweringOn, "PoweringOn", "EAM is powering on SVA " + w.vmRef() + " (" + state + ")", false);
    }
    if (w.agent.ip() == null) {
      return build(w, HostStep.WaitingForIp, "WaitingForIp",
          "waiting for VMware Tools in SVA " + w.vmRef() + " to report an IP address", false);
    }
    if (ctx.desired.partnerManagerConfigured()) {
      if (!ctx.observed.partner().reachable()) {
        return build(w, HostStep.Registering, "PartnerUnreachable",
            "the partner solution manager is unreachable; registration of SVA " + w.vmRef() + " cannot be checked", false);
      }
      if (w.current == null) {
        return build(w, HostStep.Registering, "Registering",
            "registering SVA " + w.vmRef() + " (" + w.agent.ip() + ") with the partner solution manager", false);
      }
    }
    if (w.health != null && !w.health.healthy()) {
      return build(w, HostStep.WaitingForService, w.health.reason(), w.health.message(), false);
    }
    return build(w, HostStep.Ready, "Ready", "Mux " + w.muxVersion + ", SVA " + w.vmRef() + " (" + w.agent.ip()
        + ") running" + (w.current != null ? ", registered" : "") + ", " + (w.health == null ? "" : w.health.message()), false);
  }

  HostRow simple(HostWork w, HostStep step, String reason, String message, boolean manual) {
    return build(w, step, reason, message, manual);
  }

  private HostRow build(HostWork w, HostStep step, String reason, String message, boolean manual) {
    List<String> parts = new ArrayList<>();
    parts.add(message);
    parts.addAll(w.notes);
    for (EamIssue issue : w.reported) {
      if (!message.contains(issue.text())) {
        parts.add("EAM also reports " + issue.text());
      }
    }
    boolean needsPerson = manual || (step != HostStep.Ready && !w.reported.isEmpty() && !step.outOfScope());
    ServiceStatus service = w.health != null ? w.health.column() : null;
    return new HostRow(w.host.ref(), w.host.name(), w.host.esxiVersion(), w.host.esxiBuild(), step, reason,
        String.join("; ", parts), w.muxVersion, w.vmRef(), w.power(), w.agent == null ? null : w.agent.ip(),
        w.current == null ? null : w.current.id(), service,
        (int) w.memory.redeploysInLastHour(ctx.now), needsPerson);
  }

  private static String withIssue(EamIssue issue) {
    return issue == null ? "" : " (" + issue.text() + ")";
  }
}
