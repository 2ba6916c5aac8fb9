package io.gioperator.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/** Identity of a Kubernetes object in a manifest: API group, kind, namespace (empty if none) and name. */
record ResourceKey(String group, String kind, String namespace, String name) {

  static ResourceKey of(JsonNode doc) {
    String apiVersion = doc.path("apiVersion").asText();
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    JsonNode metadata = doc.path("metadata");
    return new ResourceKey(group, doc.path("kind").asText(), metadata.path("namespace").asText(""),
        metadata.path("name").asText());
  }

  @Override
  public String toString() {
    return (group.isEmpty() ? "" : group + "/") + kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
