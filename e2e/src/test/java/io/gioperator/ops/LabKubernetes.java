package io.gioperator.ops;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.e2e.kube.EmbeddedKubernetes;
import java.nio.file.Path;

/** The Kubernetes API of an {@link OpsLab}: the embedded mock server, or a variant of it. */
public interface LabKubernetes extends AutoCloseable {

  KubernetesClient client();

  /** The API server URL, e.g. {@code https://127.0.0.1:39121/}. */
  String url();

  /** Writes a kubeconfig pointing at this API server for an operator process. */
  Path writeKubeconfig(Path file);

  @Override
  void close();

  static LabKubernetes of(EmbeddedKubernetes kube) {
    return new LabKubernetes() {
      @Override
      public KubernetesClient client() {
        return kube.client();
      }

      @Override
      public String url() {
        return kube.url();
      }

      @Override
      public Path writeKubeconfig(Path file) {
        return kube.writeKubeconfig(file);
      }

      @Override
      public void close() {
        kube.close();
      }
    };
  }
}
