package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shipped example manifests in deploy/examples/. */
public final class Examples {

  private Examples() {}

  public static Path directory() {
    return ProjectFiles.resolve("deploy/examples");
  }

  public static List<Path> files() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of every example file, in apply order. */
  public static List<JsonNode> all() {
    List<JsonNode> docs = new ArrayList<>();
    files().forEach(f -> docs.addAll(Yaml.readAll(f)));
    return docs;
  }

  public static List<JsonNode> ofKind(String kind) {
    return all().stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
  }

  /** A fresh, modifiable copy of the one example of a kind. */
  public static ObjectNode one(String kind) {
    List<JsonNode> docs = ofKind(kind);
    if (docs.size() != 1) {
      throw new IllegalStateException(docs.size() + " examples of kind " + kind);
    }
    return (ObjectNode) docs.get(0).deepCopy();
  }
}
