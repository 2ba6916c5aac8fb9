package io.gioperator.ha;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.gioperator.ops.LabKubernetes;
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
 * The embedded Kubernetes API (fabric8's mock server in CRUD mode, HTTPS on loopback, the project's CRDs) plus
 * the one answer leader election needs that CRUD mode cannot give: JOSDK checks its Lease permissions with a
 * SelfSubjectRulesReview before electing, and a CRUD store would echo the review back without a status. This
 * server answers it as an API server would for the chart's Role (get, create, update on coordination.k8s.io
 * leases). Leases themselves are stored by the CRUD store like any other object, with resourceVersion checks.
 */
final class LeaseAwareKubernetes implements LabKubernetes {

  private final KubernetesMockServer server;
  private final NamespacedKubernetesClient client;

  private LeaseAwareKubernetes(KubernetesMockServer server) {
    this.server = server;
    this.client = server.createClient();
  }

  static LeaseAwareKubernetes start(Path crdDir) {
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new RulesReviewingDispatcher(), true);
    server.init(InetAddress.getLoopbackAddress(), 0);
    LeaseAwareKubernetes kube = new LeaseAwareKubernetes(server);
    kube.installCrds(crdDir);
    return kube;
  }

  @Override
  public KubernetesClient client() {
    return client;
  }

  @Override
  public String url() {
    return client.getConfiguration().getMasterUrl();
  }

  /** As EmbeddedKubernetes: the mock's certificate is generated per start, so verification is skipped. */
  @Override
  public Path writeKubeconfig(Path file) {
    String yaml = String.join("\n", "apiVersion: v1", "kind: Config", "clusters:", "- name: embedded",
        "  cluster:", "    server: " + url(), "    insecure-skip-tls-verify: true", "users:", "- name: embedded",
        "  user:", "    token: embedded-ha", "contexts:", "- name: embedded", "  context:",
        "    cluster: embedded", "    user: embedded", "    namespace: default", "current-context: embedded", "");
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
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          client.apiextensions().v1().customResourceDefinitions()
              .resource(Serialization.unmarshal(in, CustomResourceDefinition.class)).create();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read CRDs from " + crdDir, e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }

  /** CRUD for everything, except that a SelfSubjectRulesReview is answered with the Lease rules. */
  static final class RulesReviewingDispatcher extends KubernetesCrudDispatcher {

    static final String REVIEWS = "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews";

    RulesReviewingDispatcher() {
      super(List.of());
    }

    @Override
    public MockResponse handleCreate(RecordedRequest request) {
      if (!request.getPath().startsWith(REVIEWS)) {
        return super.handleCreate(request);
      }
      return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json").setBody("""
          {"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectRulesReview","spec":{},
           "status":{"incomplete":false,"nonResourceRules":[],
             "resourceRules":[{"apiGroups":["coordination.k8s.io"],"resources":["leases"],
                               "verbs":["get","create","update"]}]}}""");
    }
  }
}
