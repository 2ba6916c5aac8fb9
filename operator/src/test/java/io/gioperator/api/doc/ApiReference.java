package io.gioperator.api.doc;

import com.fasterxml.jackson.databind.JsonNode;
import io.gioperator.api.validation.Crd;
import io.gioperator.api.validation.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the field reference of docs/api.md from the CRD YAML: one table per kind with every field path, its
 * type, default, validation and description, then the kind's cross-field (CEL) rules.
 */
public final class ApiReference {

  /** Kinds in the order a platform team creates them. */
  static final List<String> KINDS = List.of("VCenter", "PartnerSolution", "GuestIntrospection");

  private ApiReference() {}

  public static String render(Map<String, Crd> crds) {
    StringBuilder out = new StringBuilder();
    for (String kind : KINDS) {
      Crd crd = crds.get(kind);
      if (crd == null) {
        throw new IllegalStateException("no CRD for " + kind);
      }
      renderKind(crd, out);
    }
    return out.toString();
  }

  private static void renderKind(Crd crd, StringBuilder out) {
    JsonNode names = crd.spec().path("names");
    out.append("### ").append(crd.kind()).append("\n\n");
    out.append("`").append(crd.apiVersion()).append("`, namespaced, plural `").append(names.path("plural").asText())
        .append("`, short name `").append(String.join("`, `", Json.strings(names.path("shortNames")))).append("`. ")
        .append(crd.schema().path("description").asText()).append("\n\n");
    out.append("`kubectl get` columns: ");
    List<String> columns = new ArrayList<>();
    for (JsonNode column : crd.printerColumns()) {
      columns.add(column.path("name").asText() + " (`" + column.path("jsonPath").asText() + "`)");
    }
    out.append(String.join(", ", columns)).append(".\n\n");
    out.append("| Field | Type | Default | Validation | Description |\n|---|---|---|---|---|\n");
    List<String[]> rules = new ArrayList<>();
    for (String part : List.of("spec", "status")) {
      walk(crd.schema().path("properties").path(part), part, false, out, rules);
    }
    out.append("\n");
    if (!rules.isEmpty()) {
      out.append("Rules that span fields or compare with the stored object (CEL, `x-kubernetes-validations`):\n\n");
      out.append("| At | Rule | Message |\n|---|---|---|\n");
      for (String[] rule : rules) {
        out.append("| `").append(rule[0]).append("` | `").append(cell(rule[1])).append("` | ").append(cell(rule[2]))
            .append(" |\n");
      }
      out.append("\n");
    }
  }

  private static void walk(JsonNode schema, String path, boolean required, StringBuilder out, List<String[]> rules) {
    out.append("| `").append(path).append("` | ").append(type(schema)).append(" | ")
        .append(schema.has("default") ? "`" + cell(schema.get("default").toString()) + "`" : "").append(" | ")
        .append(cell(validation(schema, required))).append(" | ")
        .append(cell(schema.path("description").asText())).append(" |\n");
    collectRules(schema, path, rules);
    JsonNode object = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
    String prefix = schema.path("type").asText().equals("array") ? path + "[]" : path;
    if (object != schema) {
      collectRules(object, prefix, rules);
    }
    List<String> requiredFields = Json.strings(object.path("required"));
    for (Map.Entry<String, JsonNode> child : Json.fields(object.path("properties"))) {
      walk(child.getValue(), prefix + "." + child.getKey(), requiredFields.contains(child.getKey()), out, rules);
    }
  }

  private static void collectRules(JsonNode schema, String path, List<String[]> rules) {
    for (JsonNode rule : schema.path("x-kubernetes-validations")) {
      String at = path + rule.path("fieldPath").asText("");
      rules.add(new String[] {at, rule.path("rule").asText(), rule.path("message").asText()});
    }
  }

  private static String type(JsonNode schema) {
    String type = schema.path("type").asText();
    if (type.equals("array")) {
      return "array of " + type(schema.path("items"));
    }
    if (type.equals("object") && schema.path("additionalProperties").isObject()) {
      return "map of " + type(schema.path("additionalProperties"));
    }
    if (schema.has("format")) {
      return type + " (" + schema.get("format").asText() + ")";
    }
    return type;
  }

  private static String validation(JsonNode schema, boolean required) {
    List<String> parts = new ArrayList<>();
    if (required) {
      parts.add("required");
    }
    if (schema.has("enum")) {
      parts.add("one of " + String.join(", ", Json.strings(schema.get("enum")).stream().map(v -> "`" + v + "`")
          .toList()));
    }
    if (schema.has("pattern")) {
      parts.add("pattern `" + schema.get("pattern").asText() + "`");
    }
    range(parts, schema, "minLength", "maxLength", "length");
    range(parts, schema, "minItems", "maxItems", "items");
    range(parts, schema, "minimum", "maximum", "value");
    if ("map".equals(schema.path("x-kubernetes-list-type").asText())) {
      parts.add("list keyed by " + String.join(", ", Json.strings(schema.path("x-kubernetes-list-map-keys"))));
    }
    return String.join("; ", parts);
  }

  private static void range(List<String> parts, JsonNode schema, String min, String max, String what) {
    if (schema.has(min) && schema.has(max)) {
      parts.add(what + " " + number(schema.get(min)) + ".." + number(schema.get(max)));
    } else if (schema.has(min)) {
      parts.add(what + " >= " + number(schema.get(min)));
    } else if (schema.has(max)) {
      parts.add(what + " <= " + number(schema.get(max)));
    }
  }

  private static String number(JsonNode value) {
    return value.decimalValue().stripTrailingZeros().toPlainString();
  }

  /** Escapes text for a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
