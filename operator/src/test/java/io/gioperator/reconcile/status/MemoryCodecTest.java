package io.gioperator.reconcile.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.CompletedRemediation;
import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.MuxReinstall;
import io.gioperator.reconcile.model.MuxReinstallPhase;
import io.gioperator.reconcile.model.Recreate;
import io.gioperator.reconcile.model.RecreateCause;
import io.gioperator.reconcile.model.RecreateKind;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationResult;
import io.gioperator.reconcile.model.ResolveAttempt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryCodecTest {

  @Test
  void memoryRoundTripsThroughJson() {
    Instant t = Instant.parse("2026-01-01T10:00:00Z");
    HostMemory host = HostMemory.named("esx-1").withLastVmRef("vm-1")
        .startRecreate(new Recreate(null, RecreateKind.DestroyVm, RecreateCause.PoweredOff, "vm-1", "powered off", t, t), true)
        .withMuxReinstall(new MuxReinstall("m1", MuxReinstallPhase.RebootingHost, t, t, null));
    Memory memory = new Memory("agency-1", t, Map.of("host-1", host),
        List.of(new ResolveAttempt("agent-1", "VmNotDeployed", 3, t)),
        List.of(new CompletedRemediation("r1", RemediationAction.RecreateSva, "esx-1", t,
            RemediationResult.Succeeded, "done")));

    String json = MemoryCodec.write(memory);

    assertThat(MemoryCodec.read(json)).isEqualTo(memory);
    assertThat(json).contains("2026-01-01T10:00:00Z");
  }

  @Test
  void unreadableMemoryIsEmpty() {
    assertThat(MemoryCodec.read("{not json")).isEqualTo(Memory.EMPTY);
    assertThat(MemoryCodec.read(null)).isEqualTo(Memory.EMPTY);
  }
}
