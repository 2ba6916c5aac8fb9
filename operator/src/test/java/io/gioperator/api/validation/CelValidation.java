package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.gioperator.api.validation.FieldError.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates every x-kubernetes-validations rule of a schema against an object, as the API server does after
 * schema validation: each rule at the node it is declared on, with {@code self} bound to that node's value; a
 * transition rule (one that uses {@code oldSelf}) only on update and only where the old object has a value at the
 * same place, reached through object fields and list-type=map keys (the "correlatable" paths).
 */
final class CelValidation {

  private final List<FieldError> errors = new ArrayList<>();

  static List<FieldError> validate(JsonNode rootSchema, JsonNode value, JsonNode oldValue) {
    CelValidation validation = new CelValidation();
    validation.walk(rootSchema, value, oldValue, "");
    return validation.errors;
  }

  private void walk(JsonNode schema, JsonNode value, JsonNode old, String path) {
    if (value == null || value.isNull()) {
      return;
    }
    for (JsonNode rule : schema.path("x-kubernetes-validations")) {
      evaluate(rule, value, old, path);
    }
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : Json.fields(value)) {
        String name = field.getKey();
        JsonNode oldChild = old != null && old.isObject() ? old.get(name) : null;
        JsonNode propertySchema = schema.path("properties").get(name);
        if (propertySchema != null) {
          walk(propertySchema, field.getValue(), oldChild, Paths.child(path, name));
        } else if (schema.path("additionalProperties").isObject()) {
          walk(schema.get("additionalProperties"), field.getValue(), oldChild, Paths.key(path, name));
        }
      }
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        walk(schema.get("items"), item, correlatedItem(schema, item, old), Paths.index(path, i));
      }
    }
  }

  /** The old item with the same map keys, for list-type=map; atomic lists and sets do not correlate. */
  private static JsonNode correlatedItem(JsonNode listSchema, JsonNode item, JsonNode oldList) {
    if (oldList == null || !oldList.isArray()
        || !"map".equals(listSchema.path("x-kubernetes-list-type").asText())) {
      return null;
    }
    List<String> keys = Json.strings(listSchema.path("x-kubernetes-list-map-keys"));
    for (JsonNode candidate : oldList) {
      if (keys.stream().allMatch(k -> Objects.equals(candidate.get(k), item.get(k)))) {
        return candidate;
      }
    }
    return null;
  }

  private void evaluate(JsonNode rule, JsonNode value, JsonNode old, String path) {
    String expression = rule.path("rule").asText();
    boolean transition = CelRules.isTransitionRule(expression);
    if (transition && old == null) {
      return;
    }
    String errorPath = path + rule.path("fieldPath").asText("");
    if (errorPath.startsWith(".")) {
      errorPath = errorPath.substring(1);
    }
    String subject = "\"" + Json.typeOf(value) + "\"";
    try {
      Object result = CelRules.evaluate(expression, value, transition ? old : null);
      if (!Boolean.TRUE.equals(result)) {
        String message = rule.has("message") ? rule.get("message").asText() : "failed rule: " + expression;
        errors.add(new FieldError(errorPath, Type.INVALID, subject + ": " + message));
      }
    } catch (Exception e) {
      errors.add(new FieldError(errorPath, Type.INVALID,
          subject + ": " + e.getMessage() + " evaluating rule: " + expression));
    }
  }
}
