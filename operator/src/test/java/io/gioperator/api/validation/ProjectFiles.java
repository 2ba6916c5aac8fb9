package io.gioperator.api.validation;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates files of the repository (crds/, deploy/, docs/) from the module directory the tests run in. */
public final class ProjectFiles {

  private ProjectFiles() {}

  /** The repository root: the nearest directory upwards that holds crds/ and a pom.xml. */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("crds")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root with crds/ above " + dir);
  }

  public static Path resolve(String relative) {
    return root().resolve(relative);
  }
}
