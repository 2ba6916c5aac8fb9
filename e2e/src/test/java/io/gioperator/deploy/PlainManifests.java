package io.gioperator.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What kubectl-applied installs (install.yaml, the kustomize base and overlays) must contain: the operator's
 * namespace, the CRDs of crds/ and the Helm chart's objects, without the labels that say Helm manages them.
 */
final class PlainManifests {

  /** Labels only true of a Helm release. */
  static final List<String> HELM_ONLY_LABELS = List.of("helm.sh/chart", "app.kubernetes.io/managed-by");

  private PlainManifests() {}

  /** The Namespace object of the plain installs; "restricted" because the operator's pod meets it. */
  static ObjectNode namespace(String name) {
    return YamlDocs.readOne("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: %s
          labels:
            app.kubernetes.io/part-of: gi-operator
            pod-security.kubernetes.io/enforce: restricted
            pod-security.kubernetes.io/warn: restricted
        """.formatted(name));
  }

  /** Every CRD document of the *.yaml files of a directory, in file-name order. */
  static List<ObjectNode> crds(Path dir) {
    List<ObjectNode> docs = new ArrayList<>();
    for (Path file : RepoFiles.yamlFiles(dir)) {
      docs.addAll(YamlDocs.read(RepoFiles.read(file)));
    }
    return docs;
  }

  /** A copy of a rendered object without the Helm-only labels, wherever a "labels" map appears. */
  static ObjectNode withoutHelmLabels(ObjectNode doc) {
    ObjectNode copy = doc.deepCopy();
    strip(copy);
    return copy;
  }

  static List<ObjectNode> withoutHelmLabels(List<ObjectNode> docs) {
    return docs.stream().map(PlainManifests::withoutHelmLabels).toList();
  }

  /** Namespace, CRDs, then the chart's objects rendered with the given values (the order kubectl applies them). */
  static List<ObjectNode> expectedInstall(HelmChart chart, String valuesYaml, Path crdDir) {
    List<ObjectNode> docs = new ArrayList<>();
    docs.add(namespace(HelmChart.NAMESPACE));
    docs.addAll(crds(crdDir));
    docs.addAll(withoutHelmLabels(chart.renderTrees(valuesYaml)));
    return docs;
  }

  /**
   * Differences between two manifests as readable lines (missing, unexpected, or changed objects), empty when they
   * hold the same objects. Order does not matter: kubectl and kustomize sort by kind themselves.
   */
  static List<String> differences(List<ObjectNode> expected, List<ObjectNode> actual) {
    Map<ResourceKey, ObjectNode> want = byKey(expected);
    Map<ResourceKey, ObjectNode> have = byKey(actual);
    List<String> lines = new ArrayList<>();
    want.forEach((key, doc) -> {
      if (!have.containsKey(key)) {
        lines.add("missing: " + key);
      } else if (!have.get(key).equals(doc)) {
        lines.add("differs: " + key + "\n--- expected\n" + YamlDocs.write(List.of(doc))
            + "--- actual\n" + YamlDocs.write(List.of(have.get(key))));
      }
    });
    have.keySet().stream().filter(k -> !want.containsKey(k)).forEach(k -> lines.add("unexpected: " + k));
    if (want.size() != expected.size() || have.size() != actual.size()) {
      lines.add("an object appears twice");
    }
    return lines;
  }

  private static Map<ResourceKey, ObjectNode> byKey(List<ObjectNode> docs) {
    Map<ResourceKey, ObjectNode> map = new LinkedHashMap<>();
    docs.forEach(d -> map.put(ResourceKey.of(d), d));
    return map;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.get("labels") instanceof ObjectNode labels) {
        HELM_ONLY_LABELS.forEach(labels::remove);
      }
      for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
        strip(it.next());
      }
    } else if (node.isArray()) {
      node.forEach(PlainManifests::strip);
    }
  }
}
