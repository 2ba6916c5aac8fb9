package io.gioperator.reconcile.status;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.reconcile.model.Memory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Persists the planner's memory on the resource itself, in the annotation {@value #ANNOTATION}, so it survives
 * restarts and fail-overs (the status schema has no field for in-flight operations). The process keeps the
 * last written value too, because the informer cache may still show an older annotation on the next reconcile.
 * Annotation changes do not bump the generation, so writing it does not trigger a reconcile.
 */
public final class MemoryStore {

  public static final String ANNOTATION = "gi-operator.io/memory";

  private final KubernetesClient client;
  private final Map<String, String> written = new ConcurrentHashMap<>();

  public MemoryStore(KubernetesClient client) {
    this.client = client;
  }

  public Memory load(GuestIntrospection gi) {
    String cached = written.get(key(gi));
    if (cached != null) {
      return MemoryCodec.read(cached);
    }
    Map<String, String> annotations = gi.getMetadata().getAnnotations();
    return MemoryCodec.read(annotations == null ? null : annotations.get(ANNOTATION));
  }

  /** Writes the memory when it differs from what is stored. */
  public void save(GuestIntrospection gi, Memory memory) {
    String json = MemoryCodec.write(memory);
    String current = written.get(key(gi));
    if (current == null && gi.getMetadata().getAnnotations() != null) {
      current = gi.getMetadata().getAnnotations().get(ANNOTATION);
    }
    if (json.equals(current)) {
      written.put(key(gi), json);
      return;
    }
    try {
      client.resources(GuestIntrospection.class).inNamespace(gi.getMetadata().getNamespace())
          .withName(gi.getMetadata().getName()).edit(r -> {
            Map<String, String> annotations = r.getMetadata().getAnnotations() == null
                ? new HashMap<>() : new HashMap<>(r.getMetadata().getAnnotations());
            annotations.put(ANNOTATION, json);
            r.getMetadata().setAnnotations(annotations);
            return r;
          });
      written.put(key(gi), json);
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw e;
      }
    }
  }

  public void forget(GuestIntrospection gi) {
    written.remove(key(gi));
  }

  private static String key(GuestIntrospection gi) {
    return gi.getMetadata().getNamespace() + "/" + gi.getMetadata().getName() + "/" + gi.getMetadata().getUid();
  }
}
