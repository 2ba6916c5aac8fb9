package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.EamTarget;
import io.gioperator.reconcile.model.GoalState;
import io.gioperator.reconcile.model.ObservedAgency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rule 2: the one agency of this cluster. Created when missing (the observe layer finds an
 * existing agency by our deterministic name, which is then adopted instead of creating a second
 * one); updated with the full config when it differs, including changes made in vCenter; enabled
 * again when disabled; destroyed (to be created afresh) once EAM finished an uninstall someone else
 * started. Other agencies are never part of the input, so they are never touched.
 */
final class AgencyPlanner {

  private final PlanContext ctx;

  AgencyPlanner(PlanContext ctx) {
    this.ctx = ctx;
  }

  AgencyOutcome plan(AgencySpec desired) {
    ObservedAgency agency = ctx.observed.agency();
    if (agency == null) {
      return missing(desired);
    }
    if (ctx.agencyRef() == null || !ctx.agencyRef().equals(agency.ref())) {
      ctx.agencyRef(agency.ref());
    }
    if (agency.goalState() == GoalState.UNINSTALLED) {
      return uninstalled(agency);
    }
    String what = "agency " + agency.name() + " (" + agency.ref() + ")";
    if (agency.goalState() == GoalState.DISABLED) {
      ctx.emit(new Action.EnableAgency(agency.ref(), what + " was disabled outside the operator; enabling it"));
    }
    resolveAgencyIssues(agency);
    List<String> differences = desired.differences(agency.config());
    if (!differences.isEmpty()) {
      boolean due = ctx.agencyUpdatedAt() == null
          || !ctx.now.isBefore(ctx.agencyUpdatedAt().plus(ctx.tunables.agencyUpdateRetryInterval()));
      String fields = String.join(", ", differences);
      if (due && ctx.emit(new Action.UpdateAgency(agency.ref(), ctx.desired.agencyName(), desired,
          "agency config differs from the spec in: " + fields))) {
        ctx.agencyUpdatedAt(ctx.now);
      }
      return new AgencyOutcome(true, false, Condition.of(Condition.AGENCY_READY, false, "ConfigDrift",
          what + " differs from the spec in: " + fields + blockedSuffix()));
    }
    boolean enabled = agency.goalState() == GoalState.ENABLED;
    String issues = agency.issues().stream().map(EamIssue::text).collect(Collectors.joining("; "));
    Condition condition;
    if (!enabled) {
      condition = Condition.of(Condition.AGENCY_READY, false, "AgencyDisabled", what + " has goal state disabled; enabling it" + blockedSuffix());
    } else if (agency.status() == EamStatus.GREEN) {
      condition = Condition.of(Condition.AGENCY_READY, true, "AgencyGreen", what + " reached its goal state");
    } else if (agency.status() == EamStatus.YELLOW) {
      condition = Condition.of(Condition.AGENCY_READY, false, "EamWorking", what + " is yellow: EAM is installing, deploying or remediating"
          + (issues.isEmpty() ? "" : "; " + issues));
    } else {
      condition = Condition.of(Condition.AGENCY_READY, false, "IssuesReported", what + " is red"
          + (issues.isEmpty() ? ": see the host rows for the agents' issues" : ": " + issues));
    }
    return new AgencyOutcome(true, enabled, condition);
  }

  private AgencyOutcome missing(AgencySpec desired) {
    String vanished = ctx.agencyRef() == null ? ""
        : "agency " + ctx.agencyRef() + " no longer exists in EAM (removed outside the operator); ";
    ctx.agencyRef(null);
    if (desired.hostVersions().isEmpty()) {
      return new AgencyOutcome(false, false, Condition.of(Condition.AGENCY_READY, false, "NoCompatibleHosts",
          vanished + "no host of the cluster is compatible; the agency is created once one is"));
    }
    ctx.emit(new Action.CreateAgency(ctx.desired.agencyName(), desired,
        vanished + "create agency " + ctx.desired.agencyName() + " for cluster " + desired.clusterRef()));
    return new AgencyOutcome(false, false, Condition.of(Condition.AGENCY_READY, false, "AgencyNotFound",
        vanished + "creating agency " + ctx.desired.agencyName() + blockedSuffix()));
  }

  private AgencyOutcome uninstalled(ObservedAgency agency) {
    boolean finished = agency.status() == EamStatus.GREEN && ctx.observed.agents().isEmpty();
    String what = "agency " + agency.name() + " (" + agency.ref() + ") was uninstalled outside the operator";
    if (finished) {
      // EAM cannot enable an uninstalled agency: destroy it; the next plan creates it afresh.
      ctx.emit(new Action.DestroyAgency(agency.ref(), what + "; destroying it so it can be created again"));
    }
    return new AgencyOutcome(true, false, Condition.of(Condition.AGENCY_READY, false, "AgencyUninstalled",
        what + (finished ? "; destroying it to create it again" : "; waiting for EAM to finish the uninstall") + blockedSuffix()));
  }

  private void resolveAgencyIssues(ObservedAgency agency) {
    for (EamIssue issue : agency.issues()) {
      if (IssuePolicy.categorize(issue.type()) == IssueCategory.RESOLVE) {
        ctx.resolves.request(EamTarget.AGENCY, agency.ref(), issue);
      }
    }
    ctx.emit(ctx.resolves.take(agency.ref(), "agency " + agency.name()));
  }

  private String blockedSuffix() {
    return ctx.mayAct() ? "" : " (not acting: " + ctx.gate.message() + ")";
  }
}
