package io.gioperator.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The subset of Kubernetes strategic-merge-patch semantics the kustomize overlays of this repository use, as
 * kustomize applies them: maps merge recursively, {@code null} deletes a field, {@code $patch: replace} replaces a
 * map, and the lists Kubernetes declares with a merge key (containers, env, volumes, ports, ...) merge item by
 * item ({@code $patch: delete} removes an item); every other list is replaced whole. Pure: inputs are not changed.
 */
final class StrategicMerge {

  static final String DIRECTIVE = "$patch";

  private StrategicMerge() {}

  static ObjectNode merge(ObjectNode target, ObjectNode patch) {
    ObjectNode result = target.deepCopy();
    apply(result, patch);
    return result;
  }

  /** True for a whole-document patch that deletes its target. */
  static boolean isDelete(JsonNode patch) {
    return "delete".equals(patch.path(DIRECTIVE).asText());
  }

  private static void apply(ObjectNode result, ObjectNode patch) {
    if ("replace".equals(patch.path(DIRECTIVE).asText())) {
      result.removeAll();
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (name.equals(DIRECTIVE)) {
        continue;
      }
      JsonNode existing = result.get(name);
      if (value.isNull()) {
        result.remove(name);
      } else if (value.isObject() && existing != null && existing.isObject()) {
        apply((ObjectNode) existing, (ObjectNode) value);
      } else if (value.isArray() && existing != null && existing.isArray() && mergeKey(name, value) != null) {
        result.set(name, mergeList((ArrayNode) existing, (ArrayNode) value, mergeKey(name, value)));
      } else {
        result.set(name, withoutDirectives(value));
      }
    }
  }

  /** The patchMergeKey Kubernetes declares for a list field, or null when the list is replaced whole. */
  static String mergeKey(String field, JsonNode patchItems) {
    return switch (field) {
      case "containers", "initContainers", "ephemeralContainers", "env", "volumes", "imagePullSecrets" -> "name";
      case "volumeMounts" -> "mountPath";
      case "ports" -> patchItems.size() > 0 && patchItems.get(0).has("containerPort") ? "containerPort" : "port";
      default -> null;
    };
  }

  private static ArrayNode mergeList(ArrayNode existing, ArrayNode patch, String key) {
    ArrayNode result = existing.deepCopy();
    for (JsonNode item : patch) {
      int index = indexOf(result, key, item.path(key));
      if (isDelete(item)) {
        if (index >= 0) {
          result.remove(index);
        }
      } else if (index >= 0 && item.isObject() && result.get(index).isObject()) {
        apply((ObjectNode) result.get(index), (ObjectNode) item);
      } else {
        result.add(withoutDirectives(item));
      }
    }
    return result;
  }

  private static int indexOf(ArrayNode list, String key, JsonNode value) {
    for (int i = 0; i < list.size(); i++) {
      if (!value.isMissingNode() && list.get(i).path(key).equals(value)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode withoutDirectives(JsonNode value) {
    if (value.isObject()) {
      ObjectNode copy = ((ObjectNode) value).deepCopy();
      copy.remove(DIRECTIVE);
      for (Iterator<Map.Entry<String, JsonNode>> it = copy.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        field.setValue(withoutDirectives(field.getValue()));
      }
      return copy;
    }
    if (value.isArray()) {
      ArrayNode copy = ((ArrayNode) value).arrayNode();
      value.forEach(item -> copy.add(withoutDirectives(item)));
      return copy;
    }
    return value;
  }
}
