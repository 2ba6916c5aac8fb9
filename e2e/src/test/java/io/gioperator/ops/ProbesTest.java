package io.gioperator.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.OperatorProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The probes mean what docs/observability.md says: {@code /readyz} stays 503 until the informers have synced with
 * the Kubernetes API, {@code /healthz} only says the process answers, and a vCenter outage never makes the
 * operator look dead (a restart would not help and would drop the shared sessions).
 */
class ProbesTest {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void readinessWaitsForTheInformersWhileLivenessAnswersAtOnce() throws Exception {
    try (OpsLab lab = OpsLab.start("probes", 1); GatedProxy api = new GatedProxy(apiPort(lab))) {
      int port = freePort();
      // Started directly (not through OperatorProcess.start, which waits for readiness): the test needs the
      // process while it is not ready yet.
      Process operator = launch(kubeconfigThrough(lab, api), lab.logFile("probes"), port);
      try {
        Await.until("/healthz answering", Duration.ofSeconds(60), () -> status(port, "/healthz") == 200);
        Await.until("the operator waiting for the Kubernetes API", Duration.ofSeconds(5), () -> api.held() > 0);

        for (int i = 0; i < 3; i++) {
          assertThat(status(port, "/readyz")).as("/readyz while the API does not answer").isEqualTo(503);
          assertThat(status(port, "/healthz")).as("/healthz while the API does not answer").isEqualTo(200);
          Thread.sleep(300);
        }
        api.open();

        Await.until("/readyz 200 once the informers have synced", Duration.ofSeconds(60),
            () -> status(port, "/readyz") == 200);
        assertThat(Files.readString(lab.logFile("probes"))).contains("gi-operator started");
      } finally {
        api.open();
        operator.destroy();
        if (!operator.waitFor(30, TimeUnit.SECONDS)) {
          operator.destroyForcibly().waitFor();
        }
      }
    }
  }

  /** The operator through its real entry point, as OperatorProcess starts it, on a port chosen here. */
  private static Process launch(Path kubeconfig, Path log, int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), OperatorProcess.MAIN_CLASS));
    builder.environment().putAll(Map.of("KUBECONFIG", kubeconfig.toString(), "GI_SERVER_SIDE_APPLY", "false",
        "GI_HTTP_PORT", Integer.toString(port), "GI_HTTP_BIND_ADDRESS", "127.0.0.1", "GI_LOG_FORMAT", "text",
        "HOSTNAME", "probes"));
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return builder.start();
  }

  @Test
  void aVcenterOutageNeitherFailsLivenessNorReadinessNorStopsTheProcess() throws Exception {
    ObservedRun run = ObservedRun.get();
    ObservedRun.Phase outage = run.phase("vcenterDown");

    // The outage is real: the operator reports the vCenter as not connected during the same scrapes.
    assertThat(run.scrapes.subList(outage.from() + 5, outage.to()))
        .allSatisfy(s -> assertThat(ObservedRun.value(s.samples(), "gi_vcenter_connected", "")).isZero());
    assertThat(run.healthzDuringOutage).hasSizeGreaterThan(20).containsOnly(200);
    assertThat(run.readyzDuringOutage).hasSizeGreaterThan(20).containsOnly(200);
    assertThat(run.aliveThroughout).isTrue();
    // Every scrape of the run reached the same process: it was never restarted.
    assertThat(run.scrapes).allSatisfy(s -> assertThat(s.up()).isTrue());
  }

  @Test
  void sigtermStopsTheOperatorCleanly() throws Exception {
    ObservedRun run = ObservedRun.get();

    assertThat(run.exitCode).as("exit code after SIGTERM (128 + 15)").isEqualTo(143);
    assertThat(run.log).contains("gi-operator stopping").contains("gi-operator stopped");
  }

  private static int apiPort(OpsLab lab) {
    return URI.create(lab.kube().url()).getPort();
  }

  private static Path kubeconfigThrough(OpsLab lab, GatedProxy proxy) throws IOException {
    Path original = lab.kube().writeKubeconfig(lab.workDir().resolve("kubeconfig-direct"));
    String direct = lab.kube().url().replaceAll("/$", "");
    String text = Files.readString(original).replace(direct, "https://127.0.0.1:" + proxy.port());
    Path through = lab.workDir().resolve("kubeconfig-through-proxy");
    Files.writeString(through, text);
    return through;
  }

  private int status(int port, String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
