package io.gioperator.e2e.bench;

import io.gioperator.e2e.lab.RepoRoot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gioperator.e2e.lab.LocalLab;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark as scripts/bench.sh runs it, at its smallest: every phase is reported, every figure is present
 * in the table and the JSON, and the JSON has the fields docs/benchmarks.md documents. The durations themselves
 * are figures to read, not to assert on.
 */
class ConvergenceBenchmarkTest {

  /** The JSON fields docs/benchmarks.md documents, as dotted paths. */
  private static final List<String> DOCUMENTED = List.of(
      "source", "environment.date", "environment.cores", "environment.jvm", "environment.os",
      "environment.timings", "environment.clusters", "environment.hostsPerCluster",
      "environment.convergingInterval", "environment.steadyInterval", "environment.retryInterval",
      "convergence.readyMs", "convergence.p50Ms", "convergence.maxMs", "convergence.allReady",
      "convergence.calls.byMethod", "convergence.calls.byApi", "convergence.calls.total",
      "convergence.reconciles", "convergence.reconcilesTotal", "convergence.logins", "convergence.openSessions",
      "steady.seconds", "steady.callsPerMinute", "steady.callsPerMinuteByApi", "steady.callsPerMinuteTotal",
      "steady.reconcilesPerMinute", "steady.reconcilesPerMinuteTotal", "steady.logins",
      "repair.guestIntrospection", "repair.host", "repair.brokenVm", "repair.newVm", "repair.readyMs",
      "repair.calls", "repair.reconcilesTotal",
      "scaleOut.guestIntrospection", "scaleOut.cluster", "scaleOut.host", "scaleOut.readyMs", "scaleOut.calls",
      "scaleOut.reconcilesTotal");

  @TempDir
  Path dir;

  @Test
  void smallRunReportsEveryPhaseInTheTableAndTheJson() throws Exception {
    Path json = dir.resolve("result.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    BenchReport report = ConvergenceBenchmark.run(BenchOptions.parse("--clusters", "1", "--hosts", "2",
        "--timings", "fast", "--steady-seconds", "5", "--phase-timeout", "240", "--output", json.toString()), out);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("not a real vCenter").contains("1 cluster(s) x 2 hosts, simulator timings fast")
        .contains("1. Convergence").contains("2. Steady state").contains("3. Repair").contains("4. Scale-out");
    assertThat(printed).containsPattern("(?m)^ +eam +CreateAgency +1$");

    var convergence = report.convergence();
    assertThat(convergence.allReady()).isTrue();
    assertThat(convergence.readyMs()).containsOnlyKeys("cluster-01");
    assertThat(convergence.calls().get("eam", "CreateAgency")).isPositive();
    assertThat(convergence.calls().byApi()).containsKeys("vim", "eam", "partner");
    assertThat(convergence.logins()).as("one vCenter, one session").isEqualTo(1);
    assertThat(convergence.openSessions()).isEqualTo(1);
    assertThat(convergence.reconciles()).containsKeys("vcenter", "partnersolution", "guestintrospection");
    assertThat(report.steady().callsPerMinute().keySet()).isSubsetOf("vim", "eam", "partner");
    assertThat(report.steady().logins()).as("idle: the session is kept, not renewed").isZero();

    var repair = report.repair();
    assertThat(repair.newVm()).startsWith("vm-").isNotEqualTo(repair.brokenVm());
    assertThat(repair.calls().get("vim", "Destroy_Task")).as("re-created, not powered on again").isPositive();
    assertThat(repair.calls().get("vim", "PowerOnVM_Task")).isZero();
    assertThat(report.scaleOut().host()).isEqualTo("esx-01-03.lab.local");
    assertThat(report.scaleOut().calls().get("partner", "registerSva")).isPositive();

    JsonNode root = new ObjectMapper().readTree(Files.readString(json));
    for (String path : DOCUMENTED) {
      assertThat(root.at("/" + path.replace('.', '/')).isMissingNode()).as("JSON field " + path).isFalse();
    }
    assertThat(root.at("/convergence/calls/byMethod/eam/CreateAgency").asLong()).isPositive();
    assertThat(root.at("/convergence/readyMs/cluster-01").isNumber()).isTrue();
    assertThat(root.at("/environment/timings").asText()).isEqualTo("fast");
  }

  @Test
  void docsDescribeEveryJsonField() throws Exception {
    String docs = Files.readString(RepoRoot.find().resolve("docs/benchmarks.md"));
    for (String path : DOCUMENTED) {
      assertThat(docs).as("docs/benchmarks.md documents " + path).contains("`" + path + "`");
    }
  }
}
