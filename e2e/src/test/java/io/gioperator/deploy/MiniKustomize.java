package io.gioperator.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Builds a kustomization the way `kubectl kustomize` does, for the fields this repository uses and no others:
 * {@code resources} (files and directories with their own kustomization), {@code patches} (strategic-merge patch
 * files, each naming its target by kind and name) and {@code namespace}. Any other field makes the build fail, so a
 * kustomization that grows beyond this subset cannot pass unchecked. (No kustomize binary is available to the
 * build: see docs/install.md.)
 */
final class MiniKustomize {

  private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "namespace");
  private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
      "ClusterRoleBinding", "PriorityClass", "StorageClass", "PersistentVolume", "APIService",
      "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");

  private MiniKustomize() {}

  static List<ObjectNode> build(Path dir) {
    Path file = dir.resolve("kustomization.yaml");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no kustomization.yaml in " + dir);
    }
    ObjectNode kustomization = YamlDocs.readOne(RepoFiles.read(file));
    for (Iterator<String> it = kustomization.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!SUPPORTED.contains(field)) {
        throw new IllegalArgumentException(file + ": field '" + field + "' is not supported by the test renderer");
      }
    }
    List<ObjectNode> resources = new ArrayList<>();
    for (JsonNode entry : kustomization.path("resources")) {
      Path path = dir.resolve(entry.asText()).normalize();
      resources.addAll(Files.isDirectory(path) ? build(path) : YamlDocs.read(RepoFiles.read(path)));
    }
    requireUnique(resources, file);
    for (JsonNode entry : kustomization.path("patches")) {
      if (!entry.has("path") || entry.size() != 1) {
        throw new IllegalArgumentException(file + ": only patches given by 'path' are supported: " + entry);
      }
      for (ObjectNode patch : YamlDocs.read(RepoFiles.read(dir.resolve(entry.get("path").asText())))) {
        resources = applyPatch(resources, patch, file);
      }
    }
    String namespace = kustomization.path("namespace").asText("");
    if (!namespace.isEmpty()) {
      for (ObjectNode resource : resources) {
        if (!CLUSTER_SCOPED.contains(resource.path("kind").asText())) {
          ((ObjectNode) resource.get("metadata")).put("namespace", namespace);
        }
      }
    }
    return resources;
  }

  private static List<ObjectNode> applyPatch(List<ObjectNode> resources, ObjectNode patch, Path file) {
    List<ObjectNode> result = new ArrayList<>();
    int matches = 0;
    for (ObjectNode resource : resources) {
      if (targets(patch, resource)) {
        matches++;
        if (!StrategicMerge.isDelete(patch)) {
          result.add(StrategicMerge.merge(resource, patch));
        }
      } else {
        result.add(resource);
      }
    }
    if (matches != 1) {
      throw new IllegalArgumentException(file + ": patch for " + ResourceKey.of(patch) + " matches " + matches
          + " resources, kustomize needs exactly one");
    }
    return result;
  }

  private static boolean targets(ObjectNode patch, ObjectNode resource) {
    ResourceKey p = ResourceKey.of(patch);
    ResourceKey r = ResourceKey.of(resource);
    return p.group().equals(r.group()) && p.kind().equals(r.kind()) && p.name().equals(r.name())
        && (p.namespace().isEmpty() || p.namespace().equals(r.namespace()));
  }

  private static void requireUnique(List<ObjectNode> resources, Path file) {
    Set<ResourceKey> seen = new HashSet<>();
    for (ObjectNode resource : resources) {
      if (!seen.add(ResourceKey.of(resource))) {
        throw new IllegalArgumentException(file + ": resource " + ResourceKey.of(resource) + " is listed twice");
      }
    }
  }
}
