package io.gioperator.alerts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs Prometheus' {@code promtool}: the real rule parser and rule-evaluation engine. */
final class Promtool {

  static final String MISSING = "promtool not found: it checks and unit-tests the Prometheus alert rules. "
      + "Run scripts/install-promtool.sh (extracts promtool from Debian's prometheus package) "
      + "or set PROMTOOL=/path/to/promtool.";

  private static final long TIMEOUT_SECONDS = 120;

  record Result(int exitCode, String output) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  private final Path binary;

  private Promtool(Path binary) {
    this.binary = binary;
  }

  /** promtool from $PROMTOOL or the PATH of this process; fails the calling test with how to install it. */
  static Promtool fromEnvironment() {
    return new Promtool(locate(System.getenv()));
  }

  /** Where promtool is under the given environment; an AssertionError explaining the fix if nowhere. */
  static Path locate(Map<String, String> env) {
    String explicit = env.get("PROMTOOL");
    if (explicit != null && !explicit.isBlank()) {
      Path path = Path.of(explicit);
      if (Files.isExecutable(path)) {
        return path;
      }
      throw new AssertionError("PROMTOOL=" + explicit + " is not an executable file. " + MISSING);
    }
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(MISSING);
  }

  Result checkRules(Path... ruleFiles) {
    return run("check", "rules", ruleFiles);
  }

  Result testRules(Path... testFiles) {
    return run("test", "rules", testFiles);
  }

  private Result run(String command, String subcommand, Path... files) {
    List<String> args = new ArrayList<>(List.of(binary.toString(), command, subcommand));
    for (Path file : files) {
      args.add(file.toString());
    }
    try {
      Path log = Files.createTempFile("promtool", ".log");
      try {
        // promtool resolves rule_files relative to each test file, so the working directory does not matter.
        Process process = new ProcessBuilder(args).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("promtool did not finish within " + TIMEOUT_SECONDS + "s: " + args);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + args + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + args, e);
    }
  }
}
