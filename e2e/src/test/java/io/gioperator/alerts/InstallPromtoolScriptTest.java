package io.gioperator.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/install-promtool.sh is idempotent: with promtool on PATH it touches neither apt nor the system. */
class InstallPromtoolScriptTest {

  private static final Path SCRIPT = RepoFiles.ROOT.resolve("scripts/install-promtool.sh");

  @Test
  void doesNothingWhenPromtoolIsOnThePath(@TempDir Path dir) throws Exception {
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path aptCalls = dir.resolve("apt-calls");
    executable(bin.resolve("promtool"), "#!/bin/sh\necho 'promtool, version 2.42.0'\n");
    // an apt-get that records being called: the script must not call it
    executable(bin.resolve("apt-get"), "#!/bin/sh\necho \"$@\" >> '" + aptCalls + "'\nexit 1\n");

    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":/usr/bin:/bin");
    builder.environment().put("PROMTOOL_INSTALL_DIR", dir.resolve("install").toString());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("promtool already installed: " + bin.resolve("promtool"));
    assertThat(aptCalls).doesNotExist();
    assertThat(dir.resolve("install")).doesNotExist();
  }

  @Test
  void isExecutableAndValidBash() throws Exception {
    assertThat(Files.isExecutable(SCRIPT)).as("%s is executable", SCRIPT).isTrue();

    Process syntax = new ProcessBuilder("bash", "-n", SCRIPT.toString()).redirectErrorStream(true).start();
    assertThat(syntax.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(syntax.exitValue()).as(new String(syntax.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
  }

  private static void executable(Path file, String content) throws IOException {
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
