package io.gioperator.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code GI_LOG_FORMAT=json} (the container's default) every line the operator writes is one JSON object a
 * log pipeline can parse, and the lines of the reconcilers carry the resource they are about in the MDC.
 */
class JsonLogTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<JsonNode> lines;

  @BeforeAll
  static void parse() throws Exception {
    ObservedRun run = ObservedRun.get();
    lines = new ArrayList<>();
    for (String line : run.log.split("\n")) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
  }

  @Test
  void everyLineIsAJsonObjectWithLevelLoggerAndMessage() {
    assertThat(lines).hasSizeGreaterThan(10);
    assertThat(lines).allSatisfy(line -> {
      assertThat(line.isObject()).isTrue();
      assertThat(line.path("level").asText()).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
      assertThat(line.path("loggerName").asText()).isNotBlank();
      assertThat(line.has("formattedMessage")).isTrue();
      assertThat(line.path("timestamp").isNumber()).isTrue();
    });
  }

  @Test
  void reconcileLinesCarryTheirResource() {
    List<JsonNode> reconcile = lines.stream()
        .filter(l -> l.path("threadName").asText().startsWith("ReconcilerExecutor-"))
        .filter(l -> l.path("loggerName").asText().startsWith("io.gioperator."))
        .toList();

    assertThat(reconcile).as("operator lines from reconciler threads").hasSizeGreaterThan(3);
    assertThat(reconcile).allSatisfy(l -> assertThat(l.path("mdc").path("resource").asText())
        .as("%s", l).matches(OpsLab.NAMESPACE + "/[a-z0-9-]+"));
    assertThat(reconcile).anySatisfy(l -> assertThat(l.path("mdc").path("resource").asText())
        .isEqualTo(OpsLab.NAMESPACE + "/" + OpsLab.GI));
    assertThat(reconcile).anySatisfy(l -> assertThat(l.path("mdc").path("resource").asText())
        .isEqualTo(OpsLab.NAMESPACE + "/" + OpsLab.VCENTER));
    assertThat(reconcile)
        .filteredOn(l -> l.path("mdc").path("resource").asText().equals(OpsLab.NAMESPACE + "/" + OpsLab.GI))
        .as("GuestIntrospection lines name the vSphere cluster")
        .allSatisfy(l -> assertThat(l.path("mdc").path("cluster").asText()).startsWith("/DC1/host/"));
  }

  @Test
  void theOutageIsLoggedAsAWarningAboutTheResource() {
    assertThat(lines).anySatisfy(l -> {
      assertThat(l.path("level").asText()).isEqualTo("WARN");
      assertThat(l.path("mdc").path("resource").asText()).isEqualTo(OpsLab.NAMESPACE + "/" + OpsLab.GI);
      assertThat(l.path("formattedMessage").asText()).contains("VCenterUnreachable");
    });
  }
}
