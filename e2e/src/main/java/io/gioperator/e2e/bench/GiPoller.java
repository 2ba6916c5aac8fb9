package io.gioperator.e2e.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.e2e.demo.StatusTable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the GuestIntrospections through the Kubernetes API, as kubectl would, every {@link #EVERY}: the
 * resolution of every duration the benchmark reports. Polling the Kubernetes API costs vCenter nothing.
 */
final class GiPoller {

  static final Duration EVERY = Duration.ofMillis(100);

  private final KubernetesClient client;
  private final String namespace;

  GiPoller(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  List<GuestIntrospection> list() {
    return client.resources(GuestIntrospection.class).inNamespace(namespace).list().getItems();
  }

  /** Polls until {@code condition} gives a value, or fails naming {@code what} after {@code timeout}. */
  <T> T await(String what, Duration timeout, Function<List<GuestIntrospection>, Optional<T>> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<GuestIntrospection> all = list();
      Optional<T> done = condition.apply(all);
      if (done.isPresent()) {
        return done.get();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + ": not reached after " + timeout.toSeconds() + " s; where it stood:\n"
            + StatusTable.render(all));
      }
      Thread.sleep(EVERY.toMillis());
    }
  }

  static boolean ready(GuestIntrospection gi) {
    return gi.getStatus() != null && gi.getStatus().getConditions().stream()
        .anyMatch(c -> "Ready".equals(c.getType()) && c.getStatus() == ConditionStatus.TRUE);
  }

  static Optional<GuestIntrospection> named(List<GuestIntrospection> all, String name) {
    return all.stream().filter(gi -> gi.getMetadata().getName().equals(name)).findFirst();
  }

  static Optional<HostStatus> host(GuestIntrospection gi, String hostName) {
    return gi.getStatus() == null ? Optional.empty()
        : gi.getStatus().getHosts().stream().filter(h -> hostName.equals(h.getName())).findFirst();
  }
}
