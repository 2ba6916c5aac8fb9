package io.gioperator.e2e.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoOptionsTest {

  @Test
  void defaultsShowTwoClustersOfThreeHostsWithRealisticTimings() {
    DemoOptions options = DemoOptions.parse();
    assertThat(options.clusters()).isEqualTo(2);
    assertThat(options.hosts()).isEqualTo(3);
    assertThat(options.realistic()).isTrue();
    assertThat(options.fault()).isEqualTo(DemoOptions.Fault.NONE);
    assertThat(options.metricsPort()).isEqualTo(8080);
  }

  @Test
  void parsesFaultAndSizes() {
    DemoOptions options = DemoOptions.parse("--clusters", "1", "--hosts", "4", "--fault", "kill-sva", "--fast",
        "--exit-when-ready", "--metrics-port", "0");
    assertThat(options.clusters()).isEqualTo(1);
    assertThat(options.hosts()).isEqualTo(4);
    assertThat(options.fault()).isEqualTo(DemoOptions.Fault.KILL_SVA);
    assertThat(options.realistic()).isFalse();
    assertThat(options.exitWhenReady()).isTrue();
    assertThat(options.metricsPort()).isZero();
  }

  @Test
  void badInputNamesTheOptionAndTheFix() {
    assertThatThrownBy(() -> DemoOptions.parse("--fault", "reboot"))
        .hasMessageContaining("--fault reboot is unknown: use kill-sva");
    assertThatThrownBy(() -> DemoOptions.parse("--hosts", "99"))
        .hasMessageContaining("--hosts 99 is out of range: use 1..32");
    assertThatThrownBy(() -> DemoOptions.parse("--clusters"))
        .hasMessageContaining("--clusters needs a value");
    assertThatThrownBy(() -> DemoOptions.parse("--colour"))
        .hasMessageContaining("Unknown option --colour");
  }
}
