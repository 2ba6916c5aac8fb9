package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What the API server does to a custom resource before validating it: null values of fields that are not
 * {@code nullable} are dropped, then {@code default}s are filled in for missing fields, top-down, so defaults inside
 * a defaulted object apply too (k8s.io/apiextensions-apiserver structuraldefaulting).
 */
final class Defaulting {

  private Defaulting() {}

  static void apply(JsonNode schema, JsonNode value) {
    if (value instanceof ObjectNode object) {
      applyToObject(schema, object);
    } else if (value instanceof ArrayNode array && schema.has("items")) {
      array.forEach(item -> apply(schema.get("items"), item));
    }
  }

  private static void applyToObject(JsonNode schema, ObjectNode object) {
    JsonNode properties = schema.path("properties");
    for (Map.Entry<String, JsonNode> property : Json.fields(properties)) {
      String name = property.getKey();
      JsonNode propertySchema = property.getValue();
      JsonNode current = object.get(name);
      if (current != null && current.isNull() && !propertySchema.path("nullable").asBoolean(false)) {
        object.remove(name);
        current = null;
      }
      if (current == null && propertySchema.has("default")) {
        object.set(name, propertySchema.get("default").deepCopy());
      }
      if (object.has(name)) {
        apply(propertySchema, object.get(name));
      }
    }
    JsonNode additional = schema.path("additionalProperties");
    if (additional.isObject()) {
      object.forEach(v -> apply(additional, v));
    }
  }
}
