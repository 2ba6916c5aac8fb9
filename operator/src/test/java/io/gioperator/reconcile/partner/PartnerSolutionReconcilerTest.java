package io.gioperator.reconcile.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.partner.PartnerMetrics;
import io.gioperator.reconcile.metrics.ResourceGauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PartnerSolutionReconcilerTest {

  @Test
  void aCheckThatThrowsIsCheckedAgainAfterTheFailingIntervalInsteadOfExhaustingJosdkRetries() {
    var reconciler = new PartnerSolutionReconciler(null, Clock.systemUTC(),
        new CheckIntervals(Duration.ofMinutes(5), Duration.ofSeconds(30)),
        new PartnerMetrics(new SimpleMeterRegistry()), ResourceGauge.partnerSolutionReady(new SimpleMeterRegistry()));
    PartnerSolution ps = new PartnerSolution();
    ps.setMetadata(new ObjectMetaBuilder().withNamespace("gi").withName("ds").build());

    var control = reconciler.updateErrorStatus(ps, null, new KubernetesClientException("API server unavailable"));

    assertThat(control.isNoRetry()).as("JOSDK's limited retry is not used").isTrue();
    assertThat(control.getScheduleDelay()).contains(Duration.ofSeconds(30).toMillis());
    assertThat(control.getResource()).as("the status is left as it is").isEmpty();
  }
}
