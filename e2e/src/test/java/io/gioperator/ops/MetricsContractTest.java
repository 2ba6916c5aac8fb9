package io.gioperator.ops;

import io.gioperator.e2e.lab.RepoRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.eam.AgencySnapshot;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metric contract of docs/metrics.md and docs/observability.md ("Client metrics"), checked on what a running
 * operator served over the {@link ObservedRun} (outages, a deployment, an SVA repair): every documented family is
 * there with exactly its documented label keys, label values come from the documented vocabularies, and no label
 * value is a host, VM, agency or registration identifier of the simulated vCenter.
 */
class MetricsContractTest {

  private static final Set<String> RESOURCE = Set.of("namespace", "name");

  /** metric -> its label keys, as documented. */
  private static final Map<String, Set<String>> CONTRACT = new TreeMap<>(Map.ofEntries(
      Map.entry("gi_guestintrospection_ready", RESOURCE),
      Map.entry("gi_guestintrospection_hosts_in_scope", RESOURCE),
      Map.entry("gi_guestintrospection_hosts_ready", RESOURCE),
      Map.entry("gi_guestintrospection_hosts", plus(RESOURCE, "step")),
      Map.entry("gi_partner_service_hosts", plus(RESOURCE, "status")),
      Map.entry("gi_eam_issues_open", plus(RESOURCE, "type")),
      Map.entry("gi_sva_recreations_total", plus(RESOURCE, "reason")),
      Map.entry("gi_reconcile_failures_total", plus(RESOURCE, "reason")),
      Map.entry("gi_partner_watch_triggers_total", plus(RESOURCE, "change")),
      Map.entry("gi_vcenter_connected", RESOURCE),
      Map.entry("gi_partnersolution_ready", RESOURCE),
      Map.entry("reconciliations_started_total", Set.of("controller_name")),
      Map.entry("reconciliations_success_total", Set.of("controller_name")),
      Map.entry("reconciliations_active", Set.of("controller_name")),
      Map.entry("reconciliations_queue", Set.of("controller_name")),
      Map.entry("reconciliations_execution_duration_seconds_count", Set.of("controller_name")),
      Map.entry("reconciliations_execution_duration_seconds_sum", Set.of("controller_name")),
      Map.entry("custom_resources", Set.of("controller_name")),
      Map.entry("events_received_total", Set.of("controller_name", "event", "action")),
      Map.entry("vsphere_requests_seconds_count", Set.of("vcenter", "method", "outcome")),
      Map.entry("vsphere_requests_seconds_sum", Set.of("vcenter", "method", "outcome")),
      Map.entry("vsphere_requests_seconds_max", Set.of("vcenter", "method", "outcome")),
      Map.entry("vsphere_sessions_live", Set.of()),
      Map.entry("vsphere_circuitbreaker_state", Set.of("vcenter")),
      Map.entry("partner_requests_seconds_count", Set.of("partner", "operation", "outcome")),
      Map.entry("partner_requests_seconds_sum", Set.of("partner", "operation", "outcome")),
      Map.entry("partner_requests_seconds_max", Set.of("partner", "operation", "outcome"))));

  /**
   * JOSDK registers these only at the first reconcile that throws; the operator's reconcilers classify their
   * failures (gi_reconcile_failures_total) instead of throwing, so a run may not have them.
   */
  private static final Map<String, Set<String>> REGISTERED_ON_FIRST_USE = Map.of(
      "reconciliations_failure_total", Set.of("controller_name"),
      "reconciliations_retries_total", Set.of("controller_name"));

  private static final Set<String> STEPS = Set.of("Pending", "InstallingMux", "DeployingSva", "PoweringOn",
      "WaitingForIp", "Registering", "WaitingForService", "Ready", "Redeploying", "Stalled",
      "WaitingForMaintenanceModePermission", "Incompatible", "Disconnected", "InMaintenance");
  private static final Set<String> SERVICE_STATUSES = Set.of("UP", "WARNING", "DOWN", "UNKNOWN");
  private static final Set<String> RECREATION_REASONS =
      Set.of("PoweredOff", "Corrupted", "Deleted", "ServiceDown", "HeartbeatMissing", "Requested");
  private static final Set<String> PARTNER_CHANGES =
      Set.of("Reachability", "Registrations", "ServiceStatus", "Heartbeat");
  private static final Set<String> PARTNER_OPERATIONS = Set.of("about", "register", "list", "get", "delete");
  private static final Set<String> PARTNER_OUTCOMES = Set.of("success", "NotFound", "Unauthorized", "transient",
      "tls", "protocol", "InvalidToken", "HttpError");
  private static final Set<String> CONTROLLERS = Set.of("vcenter", "partnersolution", "guestintrospection");

  private static ObservedRun run;
  private static List<PromText.Sample> all;

  @BeforeAll
  static void observe() throws Exception {
    run = ObservedRun.get();
    all = run.scrapes.stream().filter(MetricsRecorder.Scrape::up).flatMap(s -> s.samples().stream()).toList();
  }

  @Test
  void everyDocumentedMetricIsServedWithItsDocumentedLabels() {
    Map<String, Set<Set<String>>> keys = all.stream().collect(Collectors.groupingBy(PromText.Sample::name,
        TreeMap::new, Collectors.mapping(s -> s.labels().keySet(), Collectors.toSet())));

    CONTRACT.forEach((metric, labels) -> assertThat(keys.get(metric))
        .as("label keys of %s over the run", metric).containsExactly(labels));
    REGISTERED_ON_FIRST_USE.forEach((metric, labels) -> assertThat(keys.getOrDefault(metric, Set.of(labels)))
        .as("label keys of %s over the run", metric).containsExactly(labels));
    assertThat(keys.get("reconciliations_execution_duration_seconds_bucket"))
        .containsExactly(Set.of("controller_name", "le"));
  }

  @Test
  void everyDocumentedMetricNameIsInTheDocs() throws Exception {
    String docs = Files.readString(RepoRoot.find().resolve("docs/metrics.md"))
        + Files.readString(RepoRoot.find().resolve("docs/observability.md"));

    Set<String> names = new TreeSet<>(CONTRACT.keySet());
    names.addAll(REGISTERED_ON_FIRST_USE.keySet());
    assertThat(names).allSatisfy(metric ->
        assertThat(docs).as("docs name %s", metric).contains("`" + documentedName(metric) + "`"));
  }

  @Test
  void labelValuesComeFromTheDocumentedVocabularies() {
    assertThat(values("gi_guestintrospection_hosts", "step")).isSubsetOf(STEPS).contains("Registering", "Ready");
    // timers and the vCenter watch (action none) are counted beside the resources' own events
    assertThat(values("events_received_total", "action")).contains("none");
    assertThat(values("gi_partner_service_hosts", "status")).isEqualTo(SERVICE_STATUSES);
    // Counters are registered at 0 for every reason when the resource is first seen (increase() sees the first one).
    assertThat(values("gi_sva_recreations_total", "reason")).isEqualTo(RECREATION_REASONS);
    assertThat(values("gi_reconcile_failures_total", "reason")).contains("VCenterUnreachable")
        .allMatch(reason -> reason.matches("[A-Z][A-Za-z]+"));
    assertThat(values("gi_eam_issues_open", "type")).contains("VmPoweredOff")
        .allMatch(type -> type.matches("[A-Z][A-Za-z]+"));
    assertThat(values("reconciliations_started_total", "controller_name")).isEqualTo(CONTROLLERS);
    assertThat(values("gi_guestintrospection_ready", "name")).containsExactly(OpsLab.GI);
    assertThat(values("gi_vcenter_connected", "name")).containsExactly(OpsLab.VCENTER);
    assertThat(values("gi_vcenter_connected", "namespace")).containsExactly(OpsLab.NAMESPACE);
    assertThat(values("vsphere_requests_seconds_count", "vcenter")).containsExactly("127.0.0.1");
    assertThat(values("vsphere_requests_seconds_count", "method")).contains("Login", "CreateAgency", "QueryAgency")
        .allMatch(method -> method.matches("[A-Za-z_]+"));
    assertThat(values("gi_partner_watch_triggers_total", "change")).isEqualTo(PARTNER_CHANGES);
    assertThat(values("partner_requests_seconds_count", "partner")).containsExactly("127.0.0.1");
    assertThat(values("partner_requests_seconds_count", "operation")).isSubsetOf(PARTNER_OPERATIONS)
        .contains("about", "register", "list");
    assertThat(values("partner_requests_seconds_count", "outcome")).isSubsetOf(PARTNER_OUTCOMES)
        .contains("success", "transient");
  }

  @Test
  void theFaultsOfTheRunShowInTheMetrics() {
    ObservedRun.Phase vcenterDown = run.phase("vcenterDown");
    ObservedRun.Phase partnerDown = run.phase("partnerDown");
    ObservedRun.Phase healthy = run.phase("healthy");

    assertThat(last(vcenterDown, "gi_vcenter_connected", "")).isZero();
    assertThat(last(vcenterDown, "gi_reconcile_failures_total", "reason=\"VCenterUnreachable\"")).isPositive();
    assertThat(last(partnerDown, "gi_guestintrospection_hosts", "step=\"Registering\"")).isEqualTo(3);
    assertThat(last(partnerDown, "gi_partner_service_hosts", "status=\"UNKNOWN\"")).isEqualTo(3);
    assertThat(last(partnerDown, "gi_guestintrospection_ready", "")).isZero();
    assertThat(last(partnerDown, "partner_requests_seconds_count", "outcome=\"transient\"")).isPositive();
    assertThat(last(healthy, "gi_guestintrospection_ready", "")).isEqualTo(1);
    assertThat(last(healthy, "gi_guestintrospection_hosts_ready", "")).isEqualTo(3);
    assertThat(last(healthy, "gi_partner_service_hosts", "status=\"UP\"")).isEqualTo(3);
    assertThat(last(healthy, "gi_vcenter_connected", "")).isEqualTo(1);
    assertThat(last(healthy, "gi_partnersolution_ready", "")).isEqualTo(1);
    assertThat(last(healthy, "vsphere_sessions_live", "")).isEqualTo(1);
  }

  @Test
  void noLabelCarriesAHostVmAgencyOrRegistrationIdentifier() {
    Set<String> identifiers = identifiers(run.audit);
    assertThat(identifiers).as("the simulator's identifiers").hasSizeGreaterThan(10);

    Set<String> leaking = new TreeSet<>();
    for (PromText.Sample s : all) {
      s.labels().forEach((key, value) -> {
        if (identifiers.stream().anyMatch(id -> value.contains(id))) {
          leaking.add(s.series());
        }
      });
    }
    assertThat(leaking).isEmpty();
  }

  /** Host names and ids, VM ids, names and IPs, agency ids and names, agent ids, partner registration ids. */
  static Set<String> identifiers(Audit audit) {
    Set<String> ids = new HashSet<>();
    audit.hosts().forEach(h -> {
      ids.add(h.id());
      ids.add(h.name());
    });
    audit.vms().stream().filter(v -> v.ownerAgency() != null).forEach(v -> {
      ids.add(v.id());
      ids.add(v.name());
      if (v.ipAddress() != null) {
        ids.add(v.ipAddress());
      }
    });
    for (AgencySnapshot a : audit.agencies()) {
      ids.add(a.id());
      ids.add(a.agencyName());
      a.agents().forEach(agent -> ids.add(agent.id()));
    }
    audit.partnerRegistrations().forEach(r -> r.values().stream()
        .filter(v -> v instanceof String s && s.startsWith("reg-")).forEach(v -> ids.add((String) v)));
    ids.removeIf(id -> id == null || id.isBlank());
    return ids;
  }

  private static Set<String> values(String metric, String label) {
    return all.stream().filter(s -> s.name().equals(metric)).map(s -> s.labels().get(label))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static double last(ObservedRun.Phase phase, String metric, String labelText) {
    MetricsRecorder.Scrape scrape = run.scrapes.get(phase.to() - 1);
    return ObservedRun.value(scrape.samples(), metric, labelText);
  }

  private static String documentedName(String metric) {
    return metric.replaceAll("_(count|sum|max)$", "");
  }

  private static Set<String> plus(Set<String> base, String key) {
    Set<String> out = new HashSet<>(base);
    out.add(key);
    return Set.copyOf(out);
  }
}
