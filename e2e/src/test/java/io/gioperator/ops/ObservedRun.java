package io.gioperator.ops;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.OperatorProcess;
import io.gioperator.simulator.control.Audit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One end-to-end run shared by the operations tests (about three minutes, so it runs once per JVM): the operator
 * as a separate process with {@code GI_LOG_FORMAT=json}, scraped every second while it lives through
 *
 * <ol>
 *   <li>{@code vcenterDown}: the vCenter (and the partner manager) are down when the examples are applied;
 *   <li>{@code partnerDown}: the vCenter is back and the SVAs deploy, but the partner manager stays down, so the
 *       hosts wait at step Registering;
 *   <li>{@code recovery}: the partner manager is back, until the GuestIntrospection is Ready;
 *   <li>{@code svaPoweredOff}: an administrator powers an SVA off; the operator repairs it, until Ready again;
 *   <li>{@code healthy}: {@value #HEALTHY_SCRAPES} scrapes of a Ready, healthy cluster, from when the PartnerSolution
 *       is Ready again too.
 * </ol>
 *
 * <p>Everything the run produced is kept for the tests: the scrapes, the operator's log, every custom resource
 * and Event, the simulator's audit, the probes answered during the vCenter outage, and the exit code of the
 * SIGTERM at the end.
 */
final class ObservedRun {

  static final int FAULT_SCRAPES = 35;
  static final int HEALTHY_SCRAPES = 40;
  private static final Duration SCRAPE_EVERY = Duration.ofSeconds(1);

  record Phase(String name, int from, int to) {}

  private static ObservedRun instance;

  final OpsLab.LabSecrets secrets;
  List<MetricsRecorder.Scrape> scrapes;
  final Map<String, Phase> phases = new LinkedHashMap<>();
  final List<Integer> healthzDuringOutage = new ArrayList<>();
  final List<Integer> readyzDuringOutage = new ArrayList<>();
  String log;
  List<String> kubernetesObjects;
  Audit audit;
  boolean aliveThroughout = true;
  int exitCode;
  String finalMetrics;

  private ObservedRun(OpsLab.LabSecrets secrets) {
    this.secrets = secrets;
  }

  static synchronized ObservedRun get() throws Exception {
    if (instance == null) {
      instance = run();
    }
    return instance;
  }

  Phase phase(String name) {
    return phases.get(name);
  }

  private static ObservedRun run() throws Exception {
    try (OpsLab lab = OpsLab.start("observed", 3)) {
      lab.sim().control().vcenterDown();
      lab.sim().control().partnerDown(true);
      OperatorProcess operator = lab.startOperator("observed", Map.of("GI_LOG_FORMAT", "json"));
      ObservedRun run = new ObservedRun(lab.secrets());
      try (MetricsRecorder recorder = MetricsRecorder.start(operator::metrics, SCRAPE_EVERY)) {
        lab.applyExamples();
        int start = recorder.count();
        Await.until("gi_vcenter_connected 0 while the vCenter is down", Duration.ofSeconds(90),
            () -> value(recorder.latest(), "gi_vcenter_connected", "") == 0.0, operator::metrics);
        while (recorder.count() < start + FAULT_SCRAPES) {
          run.healthzDuringOutage.add(operator.probe("/healthz"));
          run.readyzDuringOutage.add(operator.probe("/readyz"));
          run.aliveThroughout &= operator.isAlive();
          Thread.sleep(1000);
        }
        run.phases.put("vcenterDown", new Phase("vcenterDown", start, recorder.count()));

        lab.sim().control().vcenterUp();
        Await.until("hosts waiting at step Registering for the partner manager", Duration.ofSeconds(120),
            () -> value(recorder.latest(), "gi_guestintrospection_hosts", "step=\"Registering\"") > 0,
            lab::giStatus);
        start = recorder.count();
        awaitScrapes(recorder, start + FAULT_SCRAPES);
        run.phases.put("partnerDown", new Phase("partnerDown", start, recorder.count()));

        lab.sim().control().partnerDown(false);
        start = recorder.count();
        awaitReady(lab, recorder);
        run.phases.put("recovery", new Phase("recovery", start, recorder.count()));

        start = recorder.count();
        lab.sim().control().powerOffVm("dsva (1)");
        Await.until("the powered-off SVA in the metrics", Duration.ofSeconds(90),
            () -> value(recorder.latest(), "gi_guestintrospection_ready", "") == 0.0, lab::giStatus);
        awaitReady(lab, recorder);
        run.phases.put("svaPoweredOff", new Phase("svaPoweredOff", start, recorder.count()));

        // The PartnerSolution re-checks its manager every GI_RETRY_INTERVAL (30 s) after the outage: healthy
        // starts once it has seen the manager back, as the GuestIntrospection did.
        Await.until("gi_partnersolution_ready 1 again", Duration.ofSeconds(90),
            () -> value(recorder.latest(), "gi_partnersolution_ready", "") == 1.0, operator::metrics);
        start = recorder.count();
        awaitScrapes(recorder, start + HEALTHY_SCRAPES);
        run.phases.put("healthy", new Phase("healthy", start, recorder.count()));
        run.aliveThroughout &= operator.isAlive();
        run.scrapes = recorder.scrapes();
      }
      run.finalMetrics = operator.metrics();
      run.kubernetesObjects = kubernetesObjects(lab.kube().client());
      run.audit = lab.sim().audit();
      run.exitCode = operator.terminate(Duration.ofSeconds(30));
      // The log file is written by the child process; give the file system a moment to show its last lines.
      Await.until("the operator's last log line", Duration.ofSeconds(10),
          () -> operator.log().contains("gi-operator stopped"), operator::log);
      run.log = operator.log();
      return run;
    }
  }

  private static void awaitReady(OpsLab lab, MetricsRecorder recorder) {
    Await.until("GuestIntrospection Ready", Duration.ofSeconds(150), lab::giReady, lab::giStatus);
    Await.until("gi_guestintrospection_ready 1", Duration.ofSeconds(30),
        () -> value(recorder.latest(), "gi_guestintrospection_ready", "") == 1.0);
  }

  private static void awaitScrapes(MetricsRecorder recorder, int count) {
    Await.until(count + " scrapes", Duration.ofSeconds(count + 60L), () -> recorder.count() >= count);
  }

  /** Every custom resource of the operator (spec and status) and every Event, as JSON. */
  static List<String> kubernetesObjects(KubernetesClient client) {
    var json = client.getKubernetesSerialization();
    List<String> out = new ArrayList<>();
    for (String kind : List.of("VCenter", "PartnerSolution", "GuestIntrospection")) {
      client.genericKubernetesResources(OpsLab.API_VERSION, kind).inAnyNamespace().list().getItems()
          .forEach(r -> out.add(json.asJson(r)));
    }
    client.v1().events().inAnyNamespace().list().getItems().forEach(e -> out.add(json.asJson(e)));
    client.events().v1().events().inAnyNamespace().list().getItems().forEach(e -> out.add(json.asJson(e)));
    return out;
  }

  /** The largest value of a metric among samples whose series contains {@code labelText} (NaN if none). */
  static double value(List<PromText.Sample> samples, String name, String labelText) {
    return samples.stream().filter(s -> s.name().equals(name) && s.series().contains(labelText))
        .mapToDouble(PromText.Sample::value).max().orElse(Double.NaN);
  }
}
