package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.ConditionStatus;
import io.gioperator.reconcile.model.HostCounts;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.IncompatiblePolicy;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.ServiceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns the host rows and the agency state into the conditions. The per-step conditions and Ready
 * judge in-scope hosts only: hosts that are compatible, connected and not in a maintenance mode the
 * operator did not start (Disconnected, InMaintenance, Incompatible and Removed rows are listed in
 * the messages but neither make Ready false nor count as ready).
 */
final class ConditionSummarizer {

  private static final int LISTED = 5;

  private final PlanContext ctx;
  private final List<HostRow> rows;
  private final List<HostRow> inScope;

  ConditionSummarizer(PlanContext ctx, List<HostRow> rows) {
    this.ctx = ctx;
    this.rows = rows;
    this.inScope = rows.stream().filter(r -> !r.step().outOfScope()).toList();
  }

  List<Condition> conditions(AgencyOutcome agency, boolean actionsPlanned, boolean remediationsOpen) {
    List<Condition> out = new ArrayList<>();
    out.add(compatible());
    out.add(agency.condition());
    String mux = ctx.desired.muxVib().toString();
    out.add(perHost(Condition.MUX_INSTALLED, r -> ctx.desired.muxVib().version().equals(r.muxVersion()),
        "MuxInstalled", "MuxNotInstalled", "have Mux " + mux, "lack Mux " + mux));
    out.add(perHost(Condition.SVA_DEPLOYED, r -> r.vmRef() != null, "SvaDeployed", "SvaNotDeployed",
        "have an SVA", "have no SVA VM"));
    out.add(perHost(Condition.SVA_POWERED_ON, r -> r.powerState() == PowerState.POWERED_ON, "SvaPoweredOn",
        "SvaNotPoweredOn", "have a powered-on SVA", "have no powered-on SVA"));
    out.add(partnerRegistered());
    out.add(serviceHealthy());
    out.add(ready(agency));
    Condition stalled = stalled();
    out.add(reconciling(agency, actionsPlanned, remediationsOpen, stalled));
    out.add(stalled);
    return out;
  }

  HostCounts counts() {
    return new HostCounts(
        (int) rows.stream().filter(r -> r.step() != HostStep.Removed).count(),
        inScope.size(),
        count(HostStep.Ready),
        count(HostStep.Incompatible),
        count(HostStep.Disconnected),
        count(HostStep.InMaintenance),
        count(HostStep.Stalled),
        count(HostStep.Removed));
  }

  private Condition compatible() {
    Condition versions = compatibleVersions();
    String trustProblem = ctx.downloadTrust.message();
    if (trustProblem == null) {
      return versions;
    }
    return versions.status() == ConditionStatus.True
        ? Condition.of(Condition.COMPATIBLE, false, "DownloadTlsUnsupported", trustProblem)
        : Condition.of(Condition.COMPATIBLE, false, versions.reason(), versions.message() + "; " + trustProblem);
  }

  private Condition compatibleVersions() {
    Compatibility compatibility = ctx.compatibility;
    if (!compatibility.vcenterCompatible()) {
      return Condition.of(Condition.COMPATIBLE, false, "IncompatibleVCenter",
          compatibility.vcenterMessage() + "; nothing is changed in this cluster");
    }
    List<HostRow> incompatible = rows.stream().filter(r -> r.step() == HostStep.Incompatible).toList();
    if (!compatibility.anyIncompatibleHost() && incompatible.isEmpty()) {
      return Condition.of(Condition.COMPATIBLE, true, "Compatible", "vCenter " + ctx.observed.vcenterVersion()
          + " and all " + rows.stream().filter(r -> r.step() != HostStep.Removed).count() + " hosts are in the compatibility matrix");
    }
    String consequence = ctx.desired.compatibility().policy() == IncompatiblePolicy.BlockCluster
        ? "policy BlockCluster: no action is taken on the cluster"
        : "policy Skip: these hosts get neither the Mux nor an SVA";
    return Condition.of(Condition.COMPATIBLE, false, "IncompatibleHosts",
        incompatible.stream().map(HostRow::message).collect(Collectors.joining("; ")) + "; " + consequence);
  }

  private Condition partnerRegistered() {
    if (!ctx.desired.partnerManagerConfigured()) {
      return Condition.of(Condition.PARTNER_REGISTERED, true, "NoPartnerManager",
          "no partner solution manager is configured; SVAs are not registered");
    }
    if (!ctx.observed.partner().reachable()) {
      return new Condition(Condition.PARTNER_REGISTERED, ConditionStatus.Unknown, "PartnerUnreachable",
          "the partner solution manager could not be reached");
    }
    return perHost(Condition.PARTNER_REGISTERED, r -> r.registrationId() != null, "AllRegistered", "NotRegistered",
        "have their SVA registered", "have no registered SVA");
  }

  private Condition serviceHealthy() {
    if (ctx.desired.partnerManagerConfigured() && !ctx.observed.partner().reachable()) {
      return new Condition(Condition.SERVICE_HEALTHY, ConditionStatus.Unknown, "PartnerUnreachable",
          "the partner solution manager could not be reached; service status unknown");
    }
    String source = ctx.desired.partnerManagerConfigured() ? "service UP at the partner" : "EAM receiving heartbeats";
    return perHost(Condition.SERVICE_HEALTHY, r -> r.service() == ServiceStatus.UP, "ServiceHealthy", "ServiceNotHealthy",
        "have their " + source, "do not have their " + source);
  }

  private Condition ready(AgencyOutcome agency) {
    ActGate gate = ctx.gate;
    if (!gate.allowed() && !gate.reason().equals("Paused")) {
      return Condition.of(Condition.READY, false, gate.reason(), gate.message());
    }
    if (!agency.usable()) {
      return Condition.of(Condition.READY, false, "AgencyNotReady", agency.condition().message());
    }
    if (inScope.isEmpty()) {
      return Condition.of(Condition.READY, false, "NoHostsInScope", "no host is in scope" + outOfScope());
    }
    List<HostRow> notReady = inScope.stream().filter(r -> r.step() != HostStep.Ready).toList();
    if (!notReady.isEmpty()) {
      return Condition.of(Condition.READY, false, "HostsNotReady", (inScope.size() - notReady.size()) + " of "
          + inScope.size() + " in-scope hosts ready; not ready: " + list(notReady) + outOfScope());
    }
    return Condition.of(Condition.READY, true, "Ready", "all " + inScope.size()
        + " in-scope hosts have the Mux, a running registered SVA and a healthy service" + outOfScope());
  }

  private Condition stalled() {
    ActGate gate = ctx.gate;
    if (!gate.allowed() && !gate.reason().equals("Paused")) {
      return Condition.of(Condition.STALLED, true, gate.reason(), gate.message());
    }
    List<HostRow> budget = inScope.stream().filter(r -> r.step() == HostStep.Stalled).toList();
    if (!budget.isEmpty()) {
      return Condition.of(Condition.STALLED, true, "RedeployBudgetExhausted", list(budget) + ": " + budget.get(0).message());
    }
    List<HostRow> permission = inScope.stream().filter(r -> r.step() == HostStep.WaitingForMaintenanceModePermission).toList();
    if (!permission.isEmpty()) {
      return Condition.of(Condition.STALLED, true, "MaintenanceModeNotAllowed", list(permission) + ": " + permission.get(0).message());
    }
    List<HostRow> manual = inScope.stream().filter(HostRow::manualActionRequired).toList();
    if (!manual.isEmpty()) {
      return Condition.of(Condition.STALLED, true, "ManualActionRequired", list(manual) + ": " + manual.get(0).message());
    }
    return Condition.of(Condition.STALLED, false, "NotStalled", "nothing needs a person");
  }

  private Condition reconciling(AgencyOutcome agency, boolean actionsPlanned, boolean remediationsOpen, Condition stalled) {
    ActGate gate = ctx.gate;
    if (!gate.allowed()) {
      return Condition.of(Condition.RECONCILING, false, gate.reason(), gate.message());
    }
    List<HostRow> moving = inScope.stream()
        .filter(r -> r.step() != HostStep.Ready && !r.manualActionRequired()).toList();
    boolean removing = rows.stream().anyMatch(r -> r.step() == HostStep.Removed);
    if (actionsPlanned || !moving.isEmpty() || removing || remediationsOpen || (!agency.usable() && !stalled.isTrue())) {
      String hosts = moving.isEmpty() ? "" : "; hosts in progress: " + list(moving);
      return Condition.of(Condition.RECONCILING, true, "Progressing",
          (actionsPlanned ? "acting on vCenter/partner" : "waiting for EAM and the partner") + hosts);
    }
    return Condition.of(Condition.RECONCILING, false, stalled.isTrue() ? "Stalled" : "Steady",
        stalled.isTrue() ? "no progress possible without a person: " + stalled.reason() : "nothing to do");
  }

  private Condition perHost(String type, Predicate<HostRow> ok, String okReason, String badReason, String okText, String badText) {
    if (inScope.isEmpty()) {
      return Condition.of(type, false, "NoHostsInScope", "no host is in scope" + outOfScope());
    }
    List<HostRow> failing = inScope.stream().filter(ok.negate()).toList();
    if (failing.isEmpty()) {
      return Condition.of(type, true, okReason, "all " + inScope.size() + " in-scope hosts " + okText);
    }
    return Condition.of(type, false, badReason, failing.size() + " of " + inScope.size() + " in-scope hosts "
        + badText + ": " + list(failing));
  }

  private String outOfScope() {
    List<HostRow> out = rows.stream().filter(r -> r.step().outOfScope()).toList();
    return out.isEmpty() ? "" : " (not judged: " + out.stream().map(r -> r.hostName() + " " + r.step())
        .collect(Collectors.joining(", ")) + ")";
  }

  private static String list(List<HostRow> hosts) {
    String shown = hosts.stream().limit(LISTED).map(r -> r.hostName() + " (" + r.step() + ": " + r.reason() + ")")
        .collect(Collectors.joining(", "));
    return hosts.size() > LISTED ? shown + " and " + (hosts.size() - LISTED) + " more" : shown;
  }

  private int count(HostStep step) {
    return (int) rows.stream().filter(r -> r.step() == step).count();
  }
}
