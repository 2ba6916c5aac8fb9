package io.gioperator.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The secrets of the {@link ObservedRun} (vCenter password, partner API token, the SVA's OVF property
 * {@code dsm.token}; generated per run) appear in none of its outputs: the operator's whole log, every custom
 * resource and Event in the Kubernetes API, every {@code /metrics} scrape.
 */
class NoCredentialLeakTest {

  private static ObservedRun run;

  @BeforeAll
  static void observe() throws Exception {
    run = ObservedRun.get();
  }

  @Test
  void theSecretsWereUsed() {
    // Ready needs the vCenter login (password) and the registrations (partner token); the agency carries dsm.token.
    assertThat(run.phases).containsKey("healthy");
    assertThat(run.audit.agencies()).anySatisfy(a -> assertThat(a.ovfPropertyKeys()).contains("dsm.token"));
    assertThat(run.audit.partnerRegistrations()).hasSize(3);
  }

  @Test
  void theOperatorLogHoldsNoSecret() {
    assertThat(run.log).isNotBlank();
    run.secrets.all().forEach(secret -> assertThat(run.log).doesNotContain(secret));
  }

  @Test
  void noStatusNoEventAndNoSpecHoldsASecret() {
    assertThat(run.kubernetesObjects).anySatisfy(o -> assertThat(o).contains("\"kind\":\"Event\""));
    assertThat(run.kubernetesObjects).anySatisfy(o -> assertThat(o).contains("\"status\""));
    for (String object : run.kubernetesObjects) {
      run.secrets.all().forEach(secret -> assertThat(object).doesNotContain(secret));
    }
  }

  @Test
  void noMetricHoldsASecret() {
    List<String> texts = new ArrayList<>();
    texts.add(run.finalMetrics);
    run.scrapes.stream().filter(MetricsRecorder.Scrape::up)
        .forEach(s -> s.samples().forEach(sample -> texts.add(sample.series())));
    for (String text : texts) {
      run.secrets.all().forEach(secret -> assertThat(text).doesNotContain(secret));
    }
  }
}
