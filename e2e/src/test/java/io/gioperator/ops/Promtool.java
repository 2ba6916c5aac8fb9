package io.gioperator.ops;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code promtool test rules}: Prometheus' own rule-evaluation engine. */
final class Promtool {

  record Result(int exitCode, String output) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  private Promtool() {}

  static Result testRules(Path testFile) {
    Path binary = locate();
    try {
      Path log = Files.createTempFile("promtool", ".log");
      try {
        Process p = new ProcessBuilder(binary.toString(), "test", "rules", testFile.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("promtool did not finish within 120 s");
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run promtool: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** $PROMTOOL or promtool on the PATH; otherwise the test fails with how to install it. */
  static Path locate() {
    String explicit = System.getenv("PROMTOOL");
    if (explicit != null && !explicit.isBlank() && Files.isExecutable(Path.of(explicit))) {
      return Path.of(explicit);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "promtool"))) {
        return Path.of(dir, "promtool");
      }
    }
    throw new AssertionError("promtool not found: run scripts/install-promtool.sh or set PROMTOOL");
  }
}
