package io.gioperator.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.validation.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed crds/ must be exactly what the CRD generator makes from the API classes in this build (the
 * crd-generator-maven-plugin writes them to target/classes/META-INF/fabric8 at process-classes, before the tests).
 */
class CrdsUpToDateTest {

  private static final String HOW_TO_FIX =
      "crds/ is out of date with the API classes in io.gioperator.api.v1alpha1: run scripts/update-crds.sh and "
          + "commit the result";

  @Test
  void committedCrdsMatchTheGeneratedOnes() throws IOException {
    Path generatedDir = Path.of("target", "classes", "META-INF", "fabric8").toAbsolutePath();
    assertThat(generatedDir).as("generated CRDs (crd-generator-maven-plugin output)").isDirectory();

    Map<String, String> generated = read(generatedDir);
    Map<String, String> committed = read(ProjectFiles.resolve("crds"));

    assertThat(generated).as("generated CRDs").isNotEmpty();
    assertThat(committed.keySet()).as(HOW_TO_FIX + " (file names differ)").isEqualTo(generated.keySet());
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(committed.get(file.getKey())).as(HOW_TO_FIX + " (" + file.getKey() + " differs)")
          .isEqualTo(file.getValue());
    }
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.filter(f -> f.toString().endsWith(".yml")).toList()) {
        files.put(file.getFileName().toString(), Files.readString(file).replace("\r\n", "\n"));
      }
    }
    return files;
  }
}
