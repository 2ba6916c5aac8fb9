package io.gioperator.reconcile.gi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.Recreate;
import io.gioperator.reconcile.model.RecreateCause;
import io.gioperator.reconcile.model.RecreateKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metric's reason label comes from the planner's typed cause, not from the words of the reason text. */
class RecreationReasonsTest {

  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static Memory with(Recreate rec) {
    HostMemory host = HostMemory.named("esx-01");
    return new Memory(null, null, Map.of("host-01", rec == null ? host : host.startRecreate(rec, true)), List.of(),
        List.of());
  }

  @Test
  void aStartedReCreationIsLabelledByItsCauseWhateverItsTextSays() {
    Recreate down = new Recreate(null, RecreateKind.DestroyVm, RecreateCause.ServiceDown, "vm-1",
        "ServiceDown: the partner reports the service DOWN (partner: no heartbeat from ds_agent)", T, null);
    assertThat(RecreationReasons.started(with(null), with(down))).containsExactly("ServiceDown");

    Recreate requested = new Recreate("r1", RecreateKind.DestroyVm, RecreateCause.Requested, "vm-1",
        "remediation request r1 (SVA corrupted, says the ticket)", T, null);
    assertThat(RecreationReasons.started(with(null), with(requested))).containsExactly("Requested");
  }

  @Test
  void aReCreationAlreadyInFlightIsNotCountedAgain() {
    Recreate off = new Recreate(null, RecreateKind.DestroyVm, RecreateCause.PoweredOff, "vm-1", "off", T, null);
    assertThat(RecreationReasons.started(with(off), with(off.actedAt(T.plusSeconds(5))))).isEmpty();
  }
}
