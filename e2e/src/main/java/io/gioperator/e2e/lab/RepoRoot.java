package io.gioperator.e2e.lab;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, found upwards from the working directory: crds/ and deploy/examples are read from it. */
public final class RepoRoot {

  private RepoRoot() {}

  public static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("crds")) && Files.isDirectory(p.resolve("deploy/examples"))) {
        return p;
      }
    }
    throw new IllegalStateException("Run from the gi-operator repository (no crds/ and deploy/examples above "
        + dir + ")");
  }

  public static Path crds() {
    return find().resolve("crds");
  }
}
