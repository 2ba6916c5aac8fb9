package io.gioperator.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.reconcile.model.CompletedRemediation;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.RemediationAction;
import io.gioperator.reconcile.model.RemediationResult;
import io.gioperator.reconcile.status.MemoryCodec;
import io.gioperator.reconcile.status.MemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planner's memory lives in {@code status.memory}: it is there once the operator acted, it is not erased by
 * the status written after a failed reconcile, and a memory left in the annotation of older versions is taken over
 * and the annotation removed.
 */
class MemoryInStatusTest {

  private static final String GI = "cluster-01";
  private GiHarness h;

  @BeforeEach
  void start() throws Exception {
    h = GiHarness.start(2);
    h.createReferences();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void theMemoryIsInTheStatusAndSurvivesAFailedReconcile() {
    h.create(h.newGi(GI, null));
    h.awaitReady(GI);
    Memory memory = memory(h.gi(GI));
    assertThat(memory.agencyRef()).endsWith(h.agency(GI).id());
    assertThat(memory.hosts()).hasSize(2);
    assertThat(annotations(h.gi(GI))).doesNotContainKey(MemoryStore.LEGACY_ANNOTATION);

    // A failed observation writes a status of its own (Ready=False); the memory must still be there.
    h.sim.control().vcenterDown();
    try {
      Await.until(Duration.ofSeconds(60), "Ready=False while the vCenter is down", () -> !h.isTrue(GI, "Ready"),
          () -> h.describe(GI));
      assertThat(memory(h.gi(GI)).agencyRef()).isEqualTo(memory.agencyRef());
      assertThat(memory(h.gi(GI)).hosts().keySet()).isEqualTo(memory.hosts().keySet());
    } finally {
      h.sim.control().vcenterUp();
    }
    h.awaitReady(GI);
  }

  @Test
  void aMemoryInTheLegacyAnnotationIsTakenOverAndTheAnnotationRemoved() {
    CompletedRemediation done = new CompletedRemediation("recreate-esx-01-2026-11", RemediationAction.RecreateSva,
        "esx-01", Instant.parse("2026-11-20T10:00:00Z"), RemediationResult.Succeeded, "done before the upgrade");
    Memory legacy = new Memory(null, null, Map.of(), List.of(), List.of(done));
    GuestIntrospection gi = h.newGi(GI, null);
    gi.getMetadata().setAnnotations(Map.of(MemoryStore.LEGACY_ANNOTATION, MemoryCodec.write(legacy)));
    h.create(gi);
    h.awaitReady(GI);

    Await.until(Duration.ofSeconds(30), "the legacy annotation removed",
        () -> !annotations(h.gi(GI)).containsKey(MemoryStore.LEGACY_ANNOTATION), () -> annotations(h.gi(GI)));
    Memory memory = memory(h.gi(GI));
    assertThat(memory.completed(done.id())).as("the remembered request is not run again").isTrue();
    assertThat(memory.agencyRef()).endsWith(h.agency(GI).id());
  }

  private static Memory memory(GuestIntrospection gi) {
    assertThat(gi.getStatus().getMemory()).as("status.memory").isNotBlank();
    return MemoryCodec.read(gi.getStatus().getMemory());
  }

  private static Map<String, String> annotations(GuestIntrospection gi) {
    return gi.getMetadata().getAnnotations() == null ? Map.of() : gi.getMetadata().getAnnotations();
  }
}
