package io.gioperator.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromTextTest {

  @Test
  void readsNamesLabelsAndValuesAndSkipsComments() {
    List<PromText.Sample> samples = PromText.parse("""
        # HELP gi_vcenter_connected x
        # TYPE gi_vcenter_connected gauge
        gi_vcenter_connected{name="vc",namespace="gi-system"} 1.0
        vsphere_sessions_live 2.0
        reconciliations_execution_duration_seconds_bucket{controller_name="gi",le="+Inf"} 3
        odd{a="x\\"y,z}",b="1"} NaN 1700000000
        """);

    assertThat(samples).hasSize(4);
    assertThat(samples.get(0)).isEqualTo(new PromText.Sample("gi_vcenter_connected",
        Map.of("name", "vc", "namespace", "gi-system"), 1.0));
    assertThat(samples.get(1).labels()).isEmpty();
    assertThat(samples.get(1).value()).isEqualTo(2.0);
    assertThat(samples.get(2).labels()).containsEntry("le", "+Inf");
    assertThat(samples.get(3).labels()).containsEntry("a", "x\"y,z}").containsEntry("b", "1");
    assertThat(samples.get(3).value()).isNaN();
  }

  @Test
  void writesTheSeriesSelectorBackWithEscapes() {
    assertThat(new PromText.Sample("m", new java.util.TreeMap<>(Map.of("b", "q\"", "a", "1")), 0).series())
        .isEqualTo("m{a=\"1\",b=\"q\\\"\"}");
    assertThat(new PromText.Sample("m", Map.of(), 0).series()).isEqualTo("m");
  }
}
