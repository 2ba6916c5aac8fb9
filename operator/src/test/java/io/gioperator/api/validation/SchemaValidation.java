package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gioperator.api.validation.FieldError.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a (defaulted, pruned) object against the OpenAPI v3 subset that structural CRD schemas use: type,
 * required, enum, pattern, minLength/maxLength, minItems/maxItems, minimum/maximum, format date-time, and the
 * x-kubernetes-list-type map/set uniqueness. Messages follow the API server's.
 */
public final class SchemaValidation {

  private final List<FieldError> errors = new ArrayList<>();
  private final Map<String, Pattern> patterns = new HashMap<>();

  public static List<FieldError> validate(JsonNode rootSchema, JsonNode value) {
    SchemaValidation validation = new SchemaValidation();
    validation.check(rootSchema, value, "");
    return validation.errors;
  }

  private void check(JsonNode schema, JsonNode value, String path) {
    if (value == null || value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        error(path, Type.TYPE_INVALID, path + " in body must be of type " + schema.path("type").asText() + ": \"null\"");
      }
      return;
    }
    String type = schema.path("type").asText("");
    if (!type.isEmpty() && !matchesType(type, value)) {
      error(path, Type.TYPE_INVALID, Json.describe(value) + ": " + path + " in body must be of type " + type + ": \""
          + Json.typeOf(value) + "\"");
      return;
    }
    checkEnum(schema, value, path);
    switch (Json.typeOf(value)) {
      case "string" -> checkString(schema, value.asText(), path);
      case "integer", "number" -> checkNumber(schema, value, path);
      case "array" -> checkArray(schema, (ArrayNode) value, path);
      case "object" -> checkObject(schema, (ObjectNode) value, path);
      default -> { }
    }
  }

  private static boolean matchesType(String type, JsonNode value) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      default -> throw new IllegalArgumentException("schema type " + type + " is not one CRDs use");
    };
  }

  private void checkEnum(JsonNode schema, JsonNode value, String path) {
    JsonNode allowed = schema.get("enum");
    if (allowed == null) {
      return;
    }
    for (JsonNode candidate : allowed) {
      if (candidate.equals(value)) {
        return;
      }
    }
    String supported = Json.list(allowed).stream().map(Json::describe).collect(Collectors.joining(", "));
    error(path, Type.NOT_SUPPORTED, Json.describe(value) + ": supported values: " + supported);
  }

  private void checkString(JsonNode schema, String text, String path) {
    int length = text.codePointCount(0, text.length());
    if (schema.has("maxLength") && length > schema.get("maxLength").asLong()) {
      error(path, Type.TOO_LONG, "may not be more than " + schema.get("maxLength").asLong() + " bytes");
    }
    if (schema.has("minLength") && length < schema.get("minLength").asLong()) {
      error(path, Type.INVALID, "\"" + text + "\": " + path + " in body should be at least "
          + schema.get("minLength").asLong() + " chars long");
    }
    if (schema.has("pattern")) {
      String regex = schema.get("pattern").asText();
      if (!patterns.computeIfAbsent(regex, Pattern::compile).matcher(text).find()) {
        error(path, Type.INVALID, "\"" + text + "\": " + path + " in body should match '" + regex + "'");
      }
    }
    if ("date-time".equals(schema.path("format").asText()) && !isDateTime(text)) {
      error(path, Type.INVALID, "\"" + text + "\": " + path + " in body must be of type date-time: \"" + text + "\"");
    }
  }

  private static boolean isDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private void checkNumber(JsonNode schema, JsonNode value, String path) {
    BigDecimal number = value.decimalValue();
    if (schema.has("minimum")) {
      BigDecimal min = schema.get("minimum").decimalValue();
      boolean exclusive = schema.path("exclusiveMinimum").asBoolean(false);
      if (exclusive ? number.compareTo(min) <= 0 : number.compareTo(min) < 0) {
        error(path, Type.INVALID, value + ": " + path + " in body should be greater than "
            + (exclusive ? "" : "or equal to ") + plain(min));
      }
    }
    if (schema.has("maximum")) {
      BigDecimal max = schema.get("maximum").decimalValue();
      boolean exclusive = schema.path("exclusiveMaximum").asBoolean(false);
      if (exclusive ? number.compareTo(max) >= 0 : number.compareTo(max) > 0) {
        error(path, Type.INVALID, value + ": " + path + " in body should be less than "
            + (exclusive ? "" : "or equal to ") + plain(max));
      }
    }
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  private void checkArray(JsonNode schema, ArrayNode array, String path) {
    if (schema.has("maxItems") && array.size() > schema.get("maxItems").asLong()) {
      error(path, Type.TOO_MANY, array.size() + ": must have at most " + schema.get("maxItems").asLong() + " items");
    }
    if (schema.has("minItems") && array.size() < schema.get("minItems").asLong()) {
      error(path, Type.INVALID, array.size() + ": " + path + " in body should have at least "
          + schema.get("minItems").asLong() + " items");
    }
    JsonNode items = schema.path("items");
    for (int i = 0; i < array.size(); i++) {
      check(items, array.get(i), Paths.index(path, i));
    }
    checkListType(schema, array, path);
  }

  /** x-kubernetes-list-type map: items unique by their keys; set: items unique. */
  private void checkListType(JsonNode schema, ArrayNode array, String path) {
    String listType = schema.path("x-kubernetes-list-type").asText("atomic");
    if (listType.equals("atomic")) {
      return;
    }
    List<String> keys = Json.strings(schema.path("x-kubernetes-list-map-keys"));
    Map<JsonNode, Integer> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      JsonNode identity = item;
      if (listType.equals("map")) {
        ObjectNode keyValues = Yaml.MAPPER.createObjectNode();
        keys.forEach(k -> keyValues.set(k, item.get(k)));
        identity = keyValues;
      }
      if (seen.putIfAbsent(identity, i) != null) {
        error(Paths.index(path, i), Type.DUPLICATE, identity.toString());
      }
    }
  }

  private void checkObject(JsonNode schema, ObjectNode object, String path) {
    for (String required : Json.strings(schema.path("required"))) {
      if (!object.has(required)) {
        error(Paths.child(path, required), Type.REQUIRED, "");
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    for (Map.Entry<String, JsonNode> field : Json.fields(object)) {
      JsonNode propertySchema = properties.get(field.getKey());
      if (propertySchema != null) {
        check(propertySchema, field.getValue(), Paths.child(path, field.getKey()));
      } else if (additional.isObject()) {
        check(additional, field.getValue(), Paths.key(path, field.getKey()));
      }
    }
  }

  private void error(String path, Type type, String message) {
    errors.add(new FieldError(path, type, message));
  }
}
