package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A CustomResourceDefinition read from YAML, with the parts the tests need. */
public record Crd(Path file, JsonNode definition) {

  /** The committed CRDs in crds/, keyed by kind. */
  public static Map<String, Crd> committed() {
    return readDirectory(ProjectFiles.resolve("crds"));
  }

  public static Map<String, Crd> readDirectory(Path dir) {
    Map<String, Crd> byKind = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
          .sorted().toList()) {
        Crd crd = new Crd(file, Yaml.read(file));
        if (byKind.put(crd.kind(), crd) != null) {
          throw new IllegalStateException("two CRDs for kind " + crd.kind() + " in " + dir);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byKind;
  }

  /** The committed CRD of one kind. */
  public static Crd of(String kind) {
    Crd crd = committed().get(kind);
    if (crd == null) {
      throw new IllegalArgumentException("no CRD for kind " + kind + " in crds/");
    }
    return crd;
  }

  public String kind() {
    return definition.path("spec").path("names").path("kind").asText();
  }

  public String group() {
    return definition.path("spec").path("group").asText();
  }

  public JsonNode spec() {
    return definition.path("spec");
  }

  /** The single served version (v1alpha1). */
  public JsonNode version() {
    JsonNode versions = definition.path("spec").path("versions");
    if (versions.size() != 1) {
      throw new IllegalStateException(kind() + " has " + versions.size() + " versions; the tests expect one");
    }
    return versions.get(0);
  }

  public String apiVersion() {
    return group() + "/" + version().path("name").asText();
  }

  /** The openAPIV3Schema of the served version. */
  public JsonNode schema() {
    return version().path("schema").path("openAPIV3Schema");
  }

  public List<JsonNode> printerColumns() {
    return Json.list(version().path("additionalPrinterColumns"));
  }
}
