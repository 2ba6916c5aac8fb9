package io.gioperator.e2e.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo as the README runs it, fast and finite: Ready, a killed SVA, and its re-creation from the OVF. */
class DemoRunTest {

  @Test
  void fastDemoReachesReadyAndRecreatesAKilledSva() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int exit = DemoMain.run(DemoOptions.parse("--fast", "--clusters", "1", "--hosts", "2", "--metrics-port", "0",
        "--exit-when-ready", "--fault", "kill-sva", "--timeout", "240"), out);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(printed).isZero();
    assertThat(printed).contains("applied GuestIntrospection cluster-01");
    assertThat(printed).containsPattern("(?m)^ +HOST +STEP +MUX VIB +SVA");
    assertThat(printed).contains("Injected kill-sva on SVA");
    assertThat(printed).containsPattern("Repaired: vm-\\S+ on \\S+ was re-created from its OVF as vm-\\S+");
  }
}
