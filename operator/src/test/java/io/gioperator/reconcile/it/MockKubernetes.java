package io.gioperator.reconcile.it;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

/**
 * fabric8's mock API server in CRUD mode over HTTPS on loopback, with the project's CRDs (from crds/) created
 * through the API so the status subresource is honoured. No server-side apply: the operator runs without it.
 */
final class MockKubernetes implements AutoCloseable {

  /** Kept strongly reachable: java.util.logging forgets levels of loggers nobody references. */
  private static final java.util.logging.Logger MOCK_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private final KubernetesMockServer server;
  private final NamespacedKubernetesClient client;

  private MockKubernetes(KubernetesMockServer server) {
    this.server = server;
    this.client = server.createClient();
  }

  static MockKubernetes start() {
    MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(List.of()), true);
    server.init(InetAddress.getLoopbackAddress(), 0);
    MockKubernetes kube = new MockKubernetes(server);
    kube.installCrds(crdDirectory());
    return kube;
  }

  NamespacedKubernetesClient client() {
    return client;
  }

  private static Path crdDirectory() {
    for (Path candidate : List.of(Path.of("../crds"), Path.of("crds"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("crds/ not found from " + Path.of("").toAbsolutePath());
  }

  private void installCrds(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
          .sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          client.apiextensions().v1().customResourceDefinitions()
              .resource(Serialization.unmarshal(in, CustomResourceDefinition.class)).create();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
