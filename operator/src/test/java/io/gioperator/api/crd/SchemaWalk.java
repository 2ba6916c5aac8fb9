package io.gioperator.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import io.gioperator.api.validation.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every node of a CRD schema with its field path (items as [*], map values as [key]) and its context. */
record SchemaWalk(String path, JsonNode schema, boolean correlatable, boolean property) {

  /** All nodes below (and including) the root, depth first, in schema order. */
  static List<SchemaWalk> all(JsonNode root) {
    List<SchemaWalk> nodes = new ArrayList<>();
    walk(root, "", true, false, nodes);
    return nodes;
  }

  private static void walk(JsonNode schema, String path, boolean correlatable, boolean property,
      List<SchemaWalk> out) {
    out.add(new SchemaWalk(path, schema, correlatable, property));
    for (Map.Entry<String, JsonNode> child : Json.fields(schema.path("properties"))) {
      walk(child.getValue(), path.isEmpty() ? child.getKey() : path + "." + child.getKey(), correlatable, true, out);
    }
    if (schema.has("items")) {
      boolean mapList = "map".equals(schema.path("x-kubernetes-list-type").asText());
      walk(schema.get("items"), path + "[*]", correlatable && mapList, false, out);
    }
    if (schema.path("additionalProperties").isObject()) {
      walk(schema.get("additionalProperties"), path + "[key]", correlatable, false, out);
    }
  }

  boolean under(String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
  }

  String type() {
    return schema.path("type").asText("");
  }
}
