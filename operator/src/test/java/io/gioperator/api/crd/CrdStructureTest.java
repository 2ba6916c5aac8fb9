package io.gioperator.api.crd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.gioperator.api.validation.CelRules;
import io.gioperator.api.validation.Crd;
import io.gioperator.api.validation.Json;
import io.gioperator.api.validation.Pruning;
import io.gioperator.api.validation.SchemaValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the API server checks when the CRDs are applied, and what users rely on: structural schemas, valid defaults
 * and enums, list-map keys that are required, CEL rules that compile (transition rules only where the old value can
 * be found), bounded user input so CEL cost estimates pass, a description on every field, and printer columns that
 * point at real fields.
 */
class CrdStructureTest {

  private static final Set<String> SCHEMA_TYPES = Set.of("object", "array", "string", "integer", "number", "boolean");

  static Stream<Crd> crds() {
    return Crd.committed().values().stream();
  }

  @ParameterizedTest
  @MethodSource("crds")
  void identity(Crd crd) {
    Map<String, String> shortNames = Map.of("VCenter", "vc", "PartnerSolution", "ps", "GuestIntrospection", "gi");
    assertThat(crd.group()).isEqualTo("gi-operator.io");
    assertThat(crd.spec().path("scope").asText()).isEqualTo("Namespaced");
    assertThat(Json.strings(crd.spec().path("names").path("shortNames"))).containsExactly(shortNames.get(crd.kind()));
    assertThat(crd.version().path("name").asText()).isEqualTo("v1alpha1");
    assertThat(crd.version().path("served").asBoolean()).isTrue();
    assertThat(crd.version().path("storage").asBoolean()).isTrue();
    assertThat(crd.version().path("subresources").has("status")).as("status subresource").isTrue();
  }

  @ParameterizedTest
  @MethodSource("crds")
  void everyFieldHasADescriptionForKubectlExplain(Crd crd) {
    List<String> undocumented = SchemaWalk.all(crd.schema()).stream()
        .filter(n -> n.property() || n.path().isEmpty())
        .filter(n -> n.schema().path("description").asText().isBlank())
        .map(SchemaWalk::path).toList();
    assertThat(undocumented).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("crds")
  void schemasAreStructural(Crd crd) {
    for (SchemaWalk node : SchemaWalk.all(crd.schema())) {
      assertThat(node.type()).as("type of " + node.path()).isIn(SCHEMA_TYPES);
      if (node.type().equals("array")) {
        assertThat(node.schema().has("items")).as("items of " + node.path()).isTrue();
      }
      for (String forbidden : List.of("$ref", "allOf", "anyOf", "oneOf", "not", "additionalItems")) {
        assertThat(node.schema().has(forbidden)).as(forbidden + " at " + node.path()).isFalse();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("crds")
  void enumValuesAndDefaultsAreValidForTheirSchema(Crd crd) {
    for (SchemaWalk node : SchemaWalk.all(crd.schema())) {
      for (JsonNode value : node.schema().path("enum")) {
        assertThat(Json.typeOf(value)).as("enum value " + value + " at " + node.path()).isEqualTo(node.type());
      }
      if (node.schema().has("default")) {
        JsonNode value = node.schema().get("default").deepCopy();
        assertThat(Pruning.prune(node.schema(), value)).as("unknown fields in default at " + node.path()).isEmpty();
        assertThat(SchemaValidation.validate(node.schema(), value)).as("default at " + node.path()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("crds")
  void listMapKeysAreRequiredFieldsOfTheItems(Crd crd) {
    for (SchemaWalk node : SchemaWalk.all(crd.schema())) {
      String listType = node.schema().path("x-kubernetes-list-type").asText("");
      if (listType.equals("map")) {
        JsonNode items = node.schema().path("items");
        List<String> keys = Json.strings(node.schema().path("x-kubernetes-list-map-keys"));
        assertThat(keys).as("list-map keys of " + node.path()).isNotEmpty();
        for (String key : keys) {
          boolean required = Json.strings(items.path("required")).contains(key);
          boolean defaulted = items.path("properties").path(key).has("default");
          assertThat(required || defaulted).as(node.path() + " key " + key + " is required or defaulted").isTrue();
          assertThat(items.path("properties").path(key).path("type").asText()).isIn("string", "integer", "boolean");
        }
      } else {
        assertThat(node.schema().has("x-kubernetes-list-map-keys")).as("map keys without list-type map at "
            + node.path()).isFalse();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("crds")
  void celRulesCompileAndTransitionRulesAreCorrelatable(Crd crd) {
    for (SchemaWalk node : SchemaWalk.all(crd.schema())) {
      for (JsonNode rule : node.schema().path("x-kubernetes-validations")) {
        String expression = rule.path("rule").asText();
        assertThatCode(() -> CelRules.compile(expression)).as("rule at " + node.path()).doesNotThrowAnyException();
        assertThat(rule.path("message").asText()).as("message of " + expression).isNotBlank();
        if (CelRules.isTransitionRule(expression)) {
          assertThat(node.correlatable()).as("transition rule at " + node.path() + " can find its old value")
              .isTrue();
        }
        if (rule.has("fieldPath")) {
          JsonNode target = node.schema();
          for (String field : rule.get("fieldPath").asText().substring(1).split("\\.")) {
            target = target.path("properties").path(field);
          }
          assertThat(target.isMissingNode()).as("fieldPath " + rule.get("fieldPath") + " at " + node.path()).isFalse();
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("crds")
  void userInputIsBoundedSoCelCostEstimatesAndEtcdStayWithinLimits(Crd crd) {
    List<String> unbounded = new ArrayList<>();
    for (SchemaWalk node : SchemaWalk.all(crd.schema())) {
      if (!node.under("spec")) {
        continue;
      }
      boolean bounded = switch (node.type()) {
        case "array" -> node.schema().has("maxItems");
        case "string" -> node.schema().has("maxLength") || node.schema().has("enum");
        case "object" -> node.schema().has("properties") || node.schema().has("maxProperties");
        default -> true;
      };
      if (!bounded) {
        unbounded.add(node.path());
      }
    }
    assertThat(unbounded).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("crds")
  void printerColumnsPointAtFieldsOfTheSchema(Crd crd) {
    assertThat(crd.printerColumns()).extracting(c -> c.path("name").asText()).contains("Age");
    for (JsonNode column : crd.printerColumns()) {
      String jsonPath = column.path("jsonPath").asText();
      assertThat(column.path("type").asText()).isIn("string", "integer", "number", "boolean", "date");
      if (jsonPath.startsWith(".metadata.")) {
        continue;
      }
      String fieldPath = jsonPath.substring(1).replaceAll("\\[\\?\\(@\\.type==\"[A-Za-z]+\"\\)]", "[*]");
      List<String> known = SchemaWalk.all(crd.schema()).stream().map(SchemaWalk::path).toList();
      assertThat(known).as("printer column " + column.path("name").asText()).contains(fieldPath);
    }
  }
}
