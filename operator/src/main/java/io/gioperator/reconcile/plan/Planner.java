package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.Condition;
import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.ObservedHost;
import io.gioperator.reconcile.model.Pace;
import io.gioperator.reconcile.model.Plan;
import io.gioperator.reconcile.model.RemediationProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The GuestIntrospection planner: {@code (desired, observed, memory, now) → Plan}. Pure: no I/O,
 * no clock, no randomness; the same inputs give the same plan.
 *
 * <p>Order of work: compatibility gate and act gate → agency → new remediation requests → every
 * present host (sorted by name) → removed hosts → orphaned agents → conditions. Actions come out in
 * that order.
 */
public final class Planner {

  private Planner() {}

  public static Plan plan(DesiredCluster desired, ObservedCluster observed, Memory memory, Instant now) {
    return plan(desired, observed, memory, now, Tunables.DEFAULTS);
  }

  public static Plan plan(DesiredCluster desired, ObservedCluster observed, Memory memory, Instant now, Tunables tunables) {
    PlanContext ctx = new PlanContext(desired, observed, memory == null ? Memory.EMPTY : memory, now, tunables);
    AgencySpec spec = ctx.downloadTrust.spec().withHostVersions(ctx.compatibility.compatibleVersions());
    AgencyOutcome agency = new AgencyPlanner(ctx).plan(spec);

    RemediationRunner remediations = new RemediationRunner(ctx);
    remediations.admit();

    HostStepClassifier classifier = new HostStepClassifier(ctx);
    MaintenancePlanner maintenance = new MaintenancePlanner(ctx);
    HostPlanner hosts = new HostPlanner(ctx, classifier, maintenance);
    List<HostRow> rows = new ArrayList<>();
    observed.hosts().stream().sorted(Comparator.comparing(ObservedHost::name)).map(hosts::plan).forEach(rows::add);
    rows.addAll(new RemovedHosts(ctx).plan());
    hosts.planOrphanAgents();
    ctx.emit(maintenance.policyAction());

    List<Action> actions = ctx.actions();
    List<RemediationProgress> open = remediations.progress();
    ConditionSummarizer summary = new ConditionSummarizer(ctx, rows);
    List<Condition> conditions = summary.conditions(agency, !actions.isEmpty(), !open.isEmpty());
    boolean reconciling = conditions.stream()
        .anyMatch(c -> c.type().equals(Condition.RECONCILING) && c.isTrue());
    Pace pace = reconciling || !actions.isEmpty() ? Pace.Converging : Pace.Steady;
    return new Plan(actions, ctx.memory(), rows, conditions, summary.counts(), open, pace);
  }
}
