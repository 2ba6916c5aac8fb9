package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes fields the schema does not declare, as the API server does for structural schemas
 * (k8s.io/apiextensions-apiserver pruning), and reports their paths: with kubectl's default strict field validation
 * the request is rejected with "unknown field" instead.
 */
public final class Pruning {

  /** Kept at the top level of every object whatever the schema says. */
  private static final Set<String> ROOT_FIELDS = Set.of("apiVersion", "kind", "metadata");

  private Pruning() {}

  /** Prunes {@code value} in place and returns the paths of the removed fields. */
  public static List<String> prune(JsonNode rootSchema, JsonNode value) {
    List<String> removed = new ArrayList<>();
    prune(rootSchema, value, "", true, removed);
    return removed;
  }

  private static void prune(JsonNode schema, JsonNode value, String path, boolean root, List<String> removed) {
    if (value instanceof ArrayNode array) {
      if (schema.has("items")) {
        for (int i = 0; i < array.size(); i++) {
          prune(schema.get("items"), array.get(i), Paths.index(path, i), false, removed);
        }
      }
      return;
    }
    if (!(value instanceof ObjectNode object)) {
      return;
    }
    boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    JsonNode additional = schema.path("additionalProperties");
    for (String name : new ArrayList<>(Json.fields(object).stream().map(e -> e.getKey()).toList())) {
      String childPath = Paths.child(path, name);
      if (root && ROOT_FIELDS.contains(name)) {
        continue;
      }
      JsonNode propertySchema = schema.path("properties").get(name);
      if (propertySchema != null) {
        prune(propertySchema, object.get(name), childPath, false, removed);
      } else if (additional.isObject()) {
        prune(additional, object.get(name), Paths.key(path, name), false, removed);
      } else if (!preserve) {
        object.remove(name);
        removed.add(childPath);
      }
    }
  }
}
