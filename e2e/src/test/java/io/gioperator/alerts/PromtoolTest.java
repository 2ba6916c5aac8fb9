package io.gioperator.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding promtool, and the message a developer or CI sees when it is missing. */
class PromtoolTest {

  @Test
  void missingPromtoolFailsWithHowToInstallIt(@TempDir Path emptyDir) {
    assertThatThrownBy(() -> Promtool.locate(Map.of("PATH", emptyDir.toString())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("promtool not found")
        .hasMessageContaining("scripts/install-promtool.sh");
  }

  @Test
  void aPromtoolVariableThatPointsNowhereIsReported(@TempDir Path dir) {
    String missing = dir.resolve("promtool").toString();

    assertThatThrownBy(() -> Promtool.locate(Map.of("PROMTOOL", missing, "PATH", "")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PROMTOOL=" + missing)
        .hasMessageContaining("scripts/install-promtool.sh");
  }

  @Test
  void promtoolIsFoundOnThePath(@TempDir Path dir) throws IOException {
    Path other = Files.createDirectory(dir.resolve("other"));
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path promtool = Files.createFile(bin.resolve("promtool"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

    assertThat(Promtool.locate(Map.of("PATH", other + ":" + bin))).isEqualTo(promtool);
  }
}
