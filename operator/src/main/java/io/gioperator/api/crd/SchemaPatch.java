package io.gioperator.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Iterator;
import java.util.Map;

/**
 * Build-time hook for the fabric8 CRD generator: deep-merges a JSON fragment into the schema generated for the
 * annotated class, for what the generator has no annotation for (list-map keys, {@code format}).
 *
 * <p>Use as {@code @SchemaCustomizer(value = SchemaPatch.class, input = "{...}")}. Unlike fabric8's own
 * {@code MergePatchCustomizer}, which replaces whole nested maps, this one merges recursively. A patch that names a
 * property the class does not have fails the build, so a renamed field cannot silently lose its patch.
 */
public final class SchemaPatch implements SchemaCustomizer.Customizer {

  @Override
  public JSONSchemaProps apply(JSONSchemaProps schema, String input, KubernetesSerialization serialization) {
    JsonNode target = serialization.convertValue(schema, JsonNode.class);
    JsonNode patch = serialization.unmarshal(input, JsonNode.class);
    if (!(target instanceof ObjectNode targetObject) || !(patch instanceof ObjectNode patchObject)) {
      throw new IllegalArgumentException("schema patch must be a JSON object: " + input);
    }
    merge(targetObject, patchObject, "");
    return serialization.convertValue(targetObject, JSONSchemaProps.class);
  }

  private static void merge(ObjectNode target, ObjectNode patch, String path) {
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      JsonNode existing = target.get(key);
      if (path.endsWith("/properties") && existing == null) {
        throw new IllegalArgumentException("schema patch names unknown property " + path + "/" + key);
      }
      if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
        merge(existingObject, valueObject, path + "/" + key);
      } else {
        target.set(key, value);
      }
    }
  }
}
