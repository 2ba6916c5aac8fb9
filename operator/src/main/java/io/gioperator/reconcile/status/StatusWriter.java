package io.gioperator.reconcile.status;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Writes a custom resource's status subresource only when it changed: a PUT of the whole status on the latest
 * object (so removed fields disappear), retried on a conflict. Needs no server-side apply.
 */
public final class StatusWriter {

  private final KubernetesClient client;

  public StatusWriter(KubernetesClient client) {
    this.client = client;
  }

  /** Returns true when a write happened. */
  public <S, R extends CustomResource<?, S>> boolean write(R resource, S status) {
    if (Objects.equals(resource.getStatus(), status)) {
      return false;
    }
    if (!update(resource, latest -> status)) {
      return false;
    }
    resource.setStatus(status);
    return true;
  }

  /**
   * Replaces the status of the latest object by {@code change(its status)} (the argument may be null), retried
   * on a conflict. Returns false when the resource is gone.
   */
  @SuppressWarnings("unchecked")
  public <S, R extends CustomResource<?, S>> boolean update(R resource, UnaryOperator<S> change) {
    Class<R> type = (Class<R>) resource.getClass();
    var named = client.resources(type).inNamespace(resource.getMetadata().getNamespace())
        .withName(resource.getMetadata().getName());
    for (int attempt = 1; ; attempt++) {
      try {
        R latest = named.get();
        if (latest == null) {
          return false;
        }
        latest.setStatus(change.apply(latest.getStatus()));
        client.resource(latest).updateStatus();
        return true;
      } catch (KubernetesClientException e) {
        if (e.getCode() == 404) {
          return false;
        }
        if (e.getCode() != 409 || attempt == 3) {
          throw e;
        }
      }
    }
  }

  static String id(HasMetadata r) {
    return r.getMetadata().getNamespace() + "/" + r.getMetadata().getName();
  }
}
