package io.gioperator.reconcile.status;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Objects;

/**
 * Writes a custom resource's status subresource only when it changed, with a JSON patch computed from the latest
 * object (works with and without server-side apply, and against API servers or mocks that lack SSA).
 */
public final class StatusWriter {

  private final KubernetesClient client;

  public StatusWriter(KubernetesClient client) {
    this.client = client;
  }

  /** Returns true when a write happened. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <S, R extends CustomResource<?, S>> boolean write(R resource, S status) {
    if (Objects.equals(resource.getStatus(), status)) {
      return false;
    }
    try {
      client.resources((Class<R>) resource.getClass()).inNamespace(resource.getMetadata().getNamespace())
          .withName(resource.getMetadata().getName()).editStatus(r -> {
            r.setStatus(status);
            return r;
          });
      resource.setStatus(status);
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  static String id(HasMetadata r) {
    return r.getMetadata().getNamespace() + "/" + r.getMetadata().getName();
  }
}
