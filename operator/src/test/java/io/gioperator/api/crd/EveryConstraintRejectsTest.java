package io.gioperator.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gioperator.api.validation.ApiServer;
import io.gioperator.api.validation.Crd;
import io.gioperator.api.validation.Examples;
import io.gioperator.api.validation.FieldError;
import io.gioperator.api.validation.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sweeps every field of every shipped example and breaks each schema constraint of that field in turn (required,
 * type, enum, pattern, lengths, item counts, ranges): each break must be rejected at exactly that field path.
 * Complements the hand-written tests per kind, which cover the CEL rules and fields the examples leave out.
 */
class EveryConstraintRejectsTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  record Break(String kind, String path, String constraint, Consumer<ObjectNode> apply) {
    @Override
    public String toString() {
      return kind + " " + path + " " + constraint;
    }
  }

  static Stream<Break> breaks() {
    List<Break> breaks = new ArrayList<>();
    for (Crd crd : Crd.committed().values()) {
      ObjectNode example = Examples.one(crd.kind());
      collect(crd.kind(), crd.schema().path("properties").path("spec"), example.path("spec"), "spec", List.of("spec"),
          breaks);
    }
    return breaks.stream();
  }

  private static void collect(String kind, JsonNode schema, JsonNode value, String path, List<Object> at,
      List<Break> out) {
    if (value.isObject()) {
      for (String required : Json.strings(schema.path("required"))) {
        out.add(new Break(kind, path + "." + required, "required", o -> ((ObjectNode) node(o, at)).remove(required)));
      }
      for (Map.Entry<String, JsonNode> field : Json.fields(value)) {
        JsonNode child = schema.path("properties").path(field.getKey());
        List<Object> childAt = append(at, field.getKey());
        String childPath = path + "." + field.getKey();
        constraints(kind, child, field.getValue(), childPath, childAt, out);
        collect(kind, child, field.getValue(), childPath, childAt, out);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        List<Object> itemAt = append(at, i);
        constraints(kind, schema.path("items"), value.get(i), path + "[" + i + "]", itemAt, out);
        collect(kind, schema.path("items"), value.get(i), path + "[" + i + "]", itemAt, out);
      }
    }
  }

  private static void constraints(String kind, JsonNode schema, JsonNode value, String path, List<Object> at,
      List<Break> out) {
    String type = schema.path("type").asText();
    out.add(new Break(kind, path, "type", o -> replace(o, at, type.equals("string") ? NODES.numberNode(7)
        : NODES.textNode("wrong type"))));
    if (schema.has("enum")) {
      out.add(new Break(kind, path, "enum", o -> replace(o, at, NODES.textNode("NotAnAllowedValue"))));
    }
    if (schema.has("pattern")) {
      out.add(new Break(kind, path, "pattern", o -> replace(o, at, NODES.textNode(" not / valid % "))));
    }
    if (schema.has("maxLength")) {
      String tooLong = "a".repeat(schema.get("maxLength").asInt() + 1);
      out.add(new Break(kind, path, "maxLength", o -> replace(o, at, NODES.textNode(tooLong))));
    }
    if (schema.path("minLength").asInt() > 0) {
      out.add(new Break(kind, path, "minLength", o -> replace(o, at, NODES.textNode(""))));
    }
    if (schema.has("minimum")) {
      out.add(new Break(kind, path, "minimum",
          o -> replace(o, at, NODES.numberNode(schema.get("minimum").asLong() - 1))));
    }
    if (schema.has("maximum")) {
      out.add(new Break(kind, path, "maximum",
          o -> replace(o, at, NODES.numberNode(schema.get("maximum").asLong() + 1))));
    }
    if (schema.path("minItems").asInt() > 0) {
      out.add(new Break(kind, path, "minItems", o -> replace(o, at, NODES.arrayNode())));
    }
    if (schema.has("maxItems") && value.size() > 0) {
      out.add(new Break(kind, path, "maxItems", o -> {
        ArrayNode tooMany = NODES.arrayNode();
        for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
          tooMany.add(value.get(0).deepCopy());
        }
        replace(o, at, tooMany);
      }));
    }
  }

  @ParameterizedTest
  @MethodSource("breaks")
  void eachBrokenConstraintIsRejectedAtItsField(Break broken) {
    ObjectNode object = Examples.one(broken.kind());
    broken.apply().accept(object);
    List<FieldError> errors = ApiServer.forKind(broken.kind()).create(object).errors();
    assertThat(errors).as(broken.toString()).extracting(FieldError::path).contains(broken.path());
  }

  private static JsonNode node(JsonNode root, List<Object> at) {
    JsonNode node = root;
    for (Object step : at) {
      node = step instanceof String field ? node.get(field) : node.get((Integer) step);
    }
    return node;
  }

  private static void replace(ObjectNode root, List<Object> at, JsonNode value) {
    JsonNode parent = node(root, at.subList(0, at.size() - 1));
    Object last = at.get(at.size() - 1);
    if (last instanceof String field) {
      ((ObjectNode) parent).set(field, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
  }

  private static List<Object> append(List<Object> at, Object step) {
    List<Object> next = new ArrayList<>(at);
    next.add(step);
    return next;
  }
}
