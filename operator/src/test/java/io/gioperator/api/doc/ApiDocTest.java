package io.gioperator.api.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.gioperator.api.validation.Crd;
import io.gioperator.api.validation.Json;
import io.gioperator.api.validation.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md stays true to the CRDs: its field reference section is what {@link ApiReference} renders from
 * crds/, and it names every field path. Run with {@code -Dgi.updateApiDoc=true} (scripts/update-crds.sh does) to
 * rewrite the section instead.
 */
class ApiDocTest {

  static final String BEGIN = "<!-- BEGIN FIELD REFERENCE (generated from crds/ by scripts/update-crds.sh) -->";
  static final String END = "<!-- END FIELD REFERENCE -->";
  private static final String HOW_TO_FIX = "docs/api.md is out of date with crds/: run scripts/update-crds.sh";

  private final Path doc = ProjectFiles.resolve("docs/api.md");

  @Test
  void theFieldReferenceIsGeneratedFromTheCommittedCrds() throws IOException {
    String text = Files.readString(doc);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin).as("docs/api.md has the marker " + BEGIN).isNotNegative();
    assertThat(end).as("docs/api.md has the marker " + END).isGreaterThan(begin);
    String expected = "\n\n" + ApiReference.render(Crd.committed());
    String actual = text.substring(begin + BEGIN.length(), end);
    if (Boolean.getBoolean("gi.updateApiDoc")) {
      Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + expected + text.substring(end));
      return;
    }
    assertThat(actual).as(HOW_TO_FIX).isEqualTo(expected);
  }

  @Test
  void everyFieldPathOfEveryCrdIsMentioned() throws IOException {
    assumeFalse(Boolean.getBoolean("gi.updateApiDoc"), "docs/api.md is being rewritten");
    String text = Files.readString(doc);
    List<String> missing = new ArrayList<>();
    for (Crd crd : Crd.committed().values()) {
      for (String path : fieldPaths(crd)) {
        if (!text.contains("`" + path + "`")) {
          missing.add(crd.kind() + " " + path);
        }
      }
    }
    assertThat(missing).as(HOW_TO_FIX).isEmpty();
  }

  private static List<String> fieldPaths(Crd crd) {
    List<String> paths = new ArrayList<>();
    for (String part : List.of("spec", "status")) {
      collect(crd.schema().path("properties").path(part), part, paths);
    }
    return paths;
  }

  private static void collect(JsonNode schema, String path, List<String> paths) {
    paths.add(path);
    boolean array = schema.path("type").asText().equals("array");
    JsonNode object = array ? schema.path("items") : schema;
    for (Map.Entry<String, JsonNode> child : Json.fields(object.path("properties"))) {
      collect(child.getValue(), (array ? path + "[]" : path) + "." + child.getKey(), paths);
    }
  }
}
