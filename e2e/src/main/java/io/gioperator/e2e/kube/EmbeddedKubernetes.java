package io.gioperator.e2e.kube;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Kubernetes API for the demo and the end-to-end suite: fabric8's mock server in CRUD mode, over HTTPS on
 * loopback, with the project's CRDs created through the API so that the status subresource is honoured.
 * It does not implement server-side apply: the operator runs with {@code GI_SERVER_SIDE_APPLY=false} against it.
 */
public final class EmbeddedKubernetes implements AutoCloseable {

  /** The mock server logs every request at INFO through java.util.logging; kept referenced so the level holds. */
  private static final java.util.logging.Logger MOCK_LOG = quiet("io.fabric8.mockwebserver.MockWebServer");

  private final KubernetesMockServer server;
  private final NamespacedKubernetesClient client;

  private EmbeddedKubernetes(KubernetesMockServer server) {
    this.server = server;
    this.client = server.createClient();
  }

  /** Starts on a free loopback port (or {@code port} when not 0) and installs every CRD found in {@code crdDir}. */
  public static EmbeddedKubernetes start(int port, Path crdDir) {
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new NullStatusPruningDispatcher(), true);
    server.init(InetAddress.getLoopbackAddress(), port);
    EmbeddedKubernetes kube = new EmbeddedKubernetes(server);
    kube.installCrds(crdDir);
    return kube;
  }

  public NamespacedKubernetesClient client() {
    return client;
  }

  /** The API server URL, e.g. {@code https://127.0.0.1:39121/}. */
  public String url() {
    return client.getConfiguration().getMasterUrl();
  }

  /**
   * Writes a kubeconfig that points at this API server, for an operator started as a separate process.
   * The mock server's certificate is self-signed and generated per start, so the kubeconfig skips
   * verification: acceptable for a loopback test server, never for a real cluster.
   */
  public Path writeKubeconfig(Path file) {
    String yaml = String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: embedded",
        "  cluster:",
        "    server: " + url(),
        "    insecure-skip-tls-verify: true",
        "users:",
        "- name: embedded",
        "  user:",
        "    token: embedded-demo",
        "contexts:",
        "- name: embedded",
        "  context:",
        "    cluster: embedded",
        "    user: embedded",
        "    namespace: default",
        "current-context: embedded",
        "");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void installCrds(Path crdDir) {
    try (Stream<Path> files = Files.list(crdDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          CustomResourceDefinition crd = Serialization.unmarshal(in, CustomResourceDefinition.class);
          client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read CRDs from " + crdDir, e);
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
