package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.jse.JseBaseLib;
import org.luaj.vm2.lib.jse.JseMathLib;

/**
 * The Argo CD health check runs in a real Lua interpreter (luaj) against the cases of health_test.yaml, with only
 * the libraries Argo CD opens for health scripts (base, table, string, math): no os, no io.
 */
class ArgoCdHealthTest {

  private static final String DIR = "deploy/argocd";
  private static final String SCRIPT = RepoFiles.read(DIR + "/health.lua");

  record Case(String input, String status, String message) {
    @Override
    public String toString() {
      return input;
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode test : YamlDocs.readOne(RepoFiles.read(DIR + "/health_test.yaml")).path("tests")) {
      cases.add(Arguments.of(new Case(test.path("inputPath").asText(),
          test.path("healthStatus").path("status").asText(), test.path("healthStatus").path("message").asText())));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theHealthScriptJudgesEachSampleAsArgoCdWould(Case sample) {
    ObjectNode resource = YamlDocs.readOne(RepoFiles.read(DIR + "/" + sample.input()));

    LuaValue health = run(resource);

    assertThat(health.get("status").tojstring()).isEqualTo(sample.status());
    assertThat(health.get("message").tojstring()).isEqualTo(sample.message());
  }

  @Test
  void theSamplesCoverEveryHealthArgoCdKnowsExceptMissing() {
    assertThat(cases().map(a -> ((Case) a.get()[0]).status()))
        .contains("Healthy", "Progressing", "Degraded", "Suspended");
  }

  @Test
  void argocdCmInstallsTheSameScriptForEachKind() {
    ObjectNode configMap = YamlDocs.readOne(RepoFiles.read(DIR + "/argocd-cm-health.yaml"));
    List<String> keys = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = configMap.path("data").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      keys.add(entry.getKey());
      assertThat(entry.getValue().asText()).as(entry.getKey()).isEqualTo(SCRIPT);
    }

    assertThat(configMap.path("metadata").path("name").asText()).isEqualTo("argocd-cm");
    assertThat(keys).containsExactlyInAnyOrder(
        "resource.customizations.health.gi-operator.io_GuestIntrospection",
        "resource.customizations.health.gi-operator.io_VCenter",
        "resource.customizations.health.gi-operator.io_PartnerSolution");
  }

  static LuaValue run(JsonNode resource) {
    Globals globals = new Globals();
    globals.load(new JseBaseLib());
    globals.load(new PackageLib());
    globals.load(new TableLib());
    globals.load(new StringLib());
    globals.load(new JseMathLib());
    LoadState.install(globals);
    LuaC.install(globals);
    globals.set("obj", toLua(resource));
    return globals.load(SCRIPT, "health.lua").call();
  }

  /** JSON as Argo CD hands it to Lua: objects and arrays become tables (arrays from index 1). */
  static LuaValue toLua(JsonNode node) {
    if (node.isObject()) {
      LuaTable table = new LuaTable();
      node.fields().forEachRemaining(e -> table.set(e.getKey(), toLua(e.getValue())));
      return table;
    }
    if (node.isArray()) {
      LuaTable table = new LuaTable();
      for (int i = 0; i < node.size(); i++) {
        table.set(i + 1, toLua(node.get(i)));
      }
      return table;
    }
    if (node.isIntegralNumber()) {
      return LuaValue.valueOf(node.asLong());
    }
    if (node.isNumber()) {
      return LuaValue.valueOf(node.asDouble());
    }
    if (node.isBoolean()) {
      return LuaValue.valueOf(node.asBoolean());
    }
    if (node.isTextual()) {
      return LuaValue.valueOf(node.asText());
    }
    return LuaValue.NIL;
  }
}
