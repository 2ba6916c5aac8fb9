package io.gioperator.reconcile.inuse;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.ConditionedStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.reconcile.act.EventRecorder;
import io.gioperator.reconcile.status.StatusWriter;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The I/O of in-use protection ({@link InUse}) for a controller's cleanup: lists the GuestIntrospections of the
 * namespace from the API server (not a cache, so one created a moment ago counts), and while any still uses the
 * resource, keeps its finalizer, writes Ready=False with reason {@value InUse#REASON} and records one Warning event.
 * The deletion is looked at again every {@link #RECHECK}: it completes within that of the last user going.
 */
public final class InUseGuard {

  /** How often a held deletion looks again; a GuestIntrospection's own removal takes longer than this. */
  public static final Duration RECHECK = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(InUseGuard.class);

  private final KubernetesClient client;
  private final StatusWriter status;
  private final EventRecorder events;
  private final Clock clock;

  public InUseGuard(KubernetesClient client, EventRecorder events, Clock clock) {
    this.client = client;
    this.status = new StatusWriter(client);
    this.events = events;
    this.clock = clock;
  }

  /**
   * The DeleteControl that holds {@code resource} while a GuestIntrospection uses it, or empty when none does and
   * the cleanup may go on. {@code users} picks the users among the namespace's GuestIntrospections by name.
   */
  public <S extends ConditionedStatus, R extends CustomResource<?, S>> Optional<DeleteControl> hold(
      R resource, String readyType, BiFunction<Collection<GuestIntrospection>, String, List<String>> users,
      Supplier<S> emptyStatus) {
    String ns = resource.getMetadata().getNamespace();
    String name = resource.getMetadata().getName();
    List<String> using = users.apply(
        client.resources(GuestIntrospection.class).inNamespace(ns).list().getItems(), name);
    if (using.isEmpty()) {
      return Optional.empty();
    }
    String message = InUse.message(resource.getKind(), ns, name, using);
    S previous = resource.getStatus();
    boolean wasHeld = previous != null && InUse.held(previous.getConditions(), readyType);
    if (!wasHeld || !message.equals(readyMessage(previous, readyType))) {
      long generation = resource.getMetadata().getGeneration() == null ? 0 : resource.getMetadata().getGeneration();
      status.update(resource, latest -> {
        S next = latest == null ? emptyStatus.get() : latest;
        next.setConditions(InUse.hold(next.getConditions(), readyType, message, generation, clock.instant()));
        return next;
      });
    }
    if (!wasHeld) {
      LOG.info("deletion of {} {}/{} waits for {}", resource.getKind(), ns, name, using);
      events.warning(resource, InUse.REASON, message);
    }
    return Optional.of(DeleteControl.noFinalizerRemoval().rescheduleAfter(RECHECK.toMillis()));
  }

  private static String readyMessage(ConditionedStatus s, String readyType) {
    return s.getConditions() == null ? null : s.getConditions().stream()
        .filter(c -> readyType.equals(c.getType())).map(c -> c.getMessage()).findFirst().orElse(null);
  }
}
