package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads YAML (single and multi-document) into Jackson trees, the way kubectl hands it to the API server. */
public final class Yaml {

  public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private Yaml() {}

  public static JsonNode read(Path file) {
    List<JsonNode> docs = readAll(file);
    if (docs.size() != 1) {
      throw new IllegalArgumentException(file + " holds " + docs.size() + " documents, expected 1");
    }
    return docs.get(0);
  }

  public static List<JsonNode> readAll(Path file) {
    try {
      return readAll(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<JsonNode> readAll(String yaml) {
    List<JsonNode> docs = new ArrayList<>();
    try (YAMLParser parser = (YAMLParser) MAPPER.getFactory().createParser(yaml)) {
      for (var it = MAPPER.readValues(parser, JsonNode.class); it.hasNext(); ) {
        JsonNode doc = it.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          docs.add(doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** Parses one YAML document into an object tree (for test objects written inline). */
  public static ObjectNode object(String yaml) {
    List<JsonNode> docs = readAll(yaml);
    if (docs.size() != 1 || !docs.get(0).isObject()) {
      throw new IllegalArgumentException("expected one YAML object: " + yaml);
    }
    return (ObjectNode) docs.get(0);
  }
}
