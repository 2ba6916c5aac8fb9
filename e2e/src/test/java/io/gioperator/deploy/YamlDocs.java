package io.gioperator.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Multi-document YAML as Jackson trees: what kubectl, Helm and kustomize exchange. */
final class YamlDocs {

  static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  private YamlDocs() {}

  /** Every non-empty document; a document that is not a mapping is an error. */
  static List<ObjectNode> read(String yaml) {
    List<ObjectNode> docs = new ArrayList<>();
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNextValue()) {
        JsonNode doc = it.nextValue();
        if (doc == null || doc.isNull() || doc.isMissingNode() || (doc.isObject() && doc.isEmpty())) {
          continue;
        }
        if (!doc.isObject()) {
          throw new IllegalArgumentException("a YAML document is not a mapping: " + doc);
        }
        docs.add((ObjectNode) doc);
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode readOne(String yaml) {
    List<ObjectNode> docs = read(yaml);
    if (docs.size() != 1) {
      throw new IllegalArgumentException("expected one YAML document, found " + docs.size());
    }
    return docs.get(0);
  }

  /** Documents joined with "---" separators, strings that look like numbers or booleans quoted. */
  static String write(List<? extends JsonNode> docs) {
    StringBuilder out = new StringBuilder();
    for (JsonNode doc : docs) {
      try {
        out.append(MAPPER.writeValueAsString(doc));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toString();
  }
}
