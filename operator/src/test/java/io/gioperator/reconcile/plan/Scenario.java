package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.CompatibilityMatrix;
import io.gioperator.reconcile.model.DeletionPlan;
import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.DownloadTrust;
import io.gioperator.reconcile.model.EsxiRule;
import io.gioperator.reconcile.model.HealthPolicy;
import io.gioperator.reconcile.model.HostOperationsPolicy;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.IncompatiblePolicy;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.Plan;
import io.gioperator.reconcile.model.RedeployPolicy;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationRequest;
import io.gioperator.reconcile.model.VibRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test scenario: a desired spec with production-like defaults, a {@link World}, and the memory
 * carried from plan to plan, so multi-step sequences read like the reconcile loop.
 */
final class Scenario {

  static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  static final String MUX_VERSION = "7.0.0-1";

  final World world = new World();
  Memory memory = Memory.EMPTY;
  Instant now = T0;
  Plan last;
  DeletionPlan lastDeletion;

  // Desired spec, editable by tests.
  String ovfUrl = "https://repo.example/sva-4.2.0.ovf";
  Map<String, String> ovfProperties = Map.of("manager.address", "10.1.1.1", "manager.password", "s3cret-value");
  CompatibilityMatrix matrix = new CompatibilityMatrix(List.of(EsxiRule.of("8.0.*")), List.of("8.0.*"), IncompatiblePolicy.Skip);
  HealthPolicy health = new HealthPolicy(Duration.ofMinutes(5), Duration.ofMinutes(3));
  RedeployPolicy redeploy = new RedeployPolicy(1, 3);
  HostOperationsPolicy hostOps = HostOperationsPolicy.none();
  boolean paused;
  boolean partnerConfigured = true;
  DownloadTrust ovfTrust;
  DownloadTrust vibTrust;
  final List<RemediationRequest> requests = new ArrayList<>();

  /** A cluster of healthy, registered hosts with the agency converged. */
  static Scenario converged(String... hostNames) {
    Scenario s = new Scenario();
    for (String name : hostNames) {
      s.world.healthyHost(name, MUX_VERSION, T0);
    }
    return s;
  }

  AgencySpec agencySpec() {
    return new AgencySpec("domain-c8", ovfUrl, ovfProperties, "https://repo.example/mux-bundle.zip", "thin", "gi-svm",
        List.of("datastore-15"), List.of("dvportgroup-21"), "group-v22", "datacenter-3", "resgroup-9", List.of())
        .withDownloadTrust(ovfTrust, vibTrust);
  }

  DesiredCluster desired() {
    return new DesiredCluster("gi-operator/security/prod-cluster", agencySpec(), new VibRef(World.MUX, MUX_VERSION),
        "4.2.0", matrix, health, redeploy, hostOps, paused, partnerConfigured, requests);
  }

  Plan plan() {
    last = Planner.plan(desired(), world.observe(desired()), memory, now, Tunables.DEFAULTS);
    memory = last.memory();
    return last;
  }

  DeletionPlan planDeletion() {
    lastDeletion = DeletionPlanner.plan(desired(), world.observe(desired()), memory, now);
    memory = lastDeletion.memory();
    return lastDeletion;
  }

  /** Time passes; SVAs that are not silent keep sending heartbeats to the partner. */
  Scenario after(Duration duration) {
    now = now.plus(duration);
    world.heartbeatsAt(now);
    return this;
  }

  Scenario request(String id, RemediationAction action, String host) {
    requests.add(new RemediationRequest(id, action, host));
    return this;
  }

  HostRow row(String host) {
    return last.host(host);
  }

  <T extends Action> List<T> actions(Class<T> type) {
    return last.actions().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Everything the act layer would record as events, to check that secrets never leak. */
  String everythingPrinted() {
    StringBuilder out = new StringBuilder();
    last.actions().forEach(a -> out.append(a).append('\n'));
    last.conditions().forEach(c -> out.append(c).append('\n'));
    last.hosts().forEach(h -> out.append(h).append('\n'));
    return out.toString();
  }
}
