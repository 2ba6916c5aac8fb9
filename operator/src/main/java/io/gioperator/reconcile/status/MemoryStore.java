package io.gioperator.reconcile.status;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.GuestIntrospectionStatus;
import io.gioperator.reconcile.model.Memory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Persists the planner's memory in the resource's status ({@code status.memory}, JSON), so it survives restarts,
 * fail-overs and a spec replaced by a GitOps tool. The process keeps the last written value too, because the
 * informer cache may still show an older status on the next reconcile. Every other status write of a
 * GuestIntrospection must carry the same value ({@link #stamp}), since a status write replaces the whole status.
 * Versions before 0.2 kept it in the annotation {@value #LEGACY_ANNOTATION}: it is read once and removed.
 */
public final class MemoryStore {

  public static final String LEGACY_ANNOTATION = "gi-operator.io/memory";

  private final KubernetesClient client;
  private final StatusWriter statusWriter;
  private final Map<String, String> written = new ConcurrentHashMap<>();

  public MemoryStore(KubernetesClient client, StatusWriter statusWriter) {
    this.client = client;
    this.statusWriter = statusWriter;
  }

  public Memory load(GuestIntrospection gi) {
    return MemoryCodec.read(current(gi));
  }

  /** Writes the memory into the status when it differs from what is stored, before anything else is written. */
  public void save(GuestIntrospection gi, Memory memory) {
    String json = MemoryCodec.write(memory);
    if (!json.equals(stored(gi))) {
      if (!writeStatusMemory(gi, json)) {
        return; // the resource is gone
      }
    }
    written.put(key(gi), json);
    GuestIntrospectionStatus local = gi.getStatus() == null ? new GuestIntrospectionStatus() : gi.getStatus();
    local.setMemory(json);
    gi.setStatus(local);
    dropLegacyAnnotation(gi);
  }

  /** Sets the stored memory on a status about to be written, so the write does not erase it. */
  public GuestIntrospectionStatus stamp(GuestIntrospection gi, GuestIntrospectionStatus status) {
    status.setMemory(current(gi));
    return status;
  }

  public void forget(GuestIntrospection gi) {
    written.remove(key(gi));
  }

  /** What this process wrote last, else the status, else the legacy annotation; null when nothing. */
  private String current(GuestIntrospection gi) {
    String value = stored(gi);
    if (value != null) {
      return value;
    }
    Map<String, String> annotations = gi.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(LEGACY_ANNOTATION);
  }

  private String stored(GuestIntrospection gi) {
    String cached = written.get(key(gi));
    if (cached != null) {
      return cached;
    }
    return gi.getStatus() == null ? null : gi.getStatus().getMemory();
  }

  private boolean writeStatusMemory(GuestIntrospection gi, String json) {
    return statusWriter.update(gi, status -> {
      GuestIntrospectionStatus next = status == null ? new GuestIntrospectionStatus() : status;
      next.setMemory(json);
      return next;
    });
  }

  private void dropLegacyAnnotation(GuestIntrospection gi) {
    Map<String, String> annotations = gi.getMetadata().getAnnotations();
    if (annotations == null || !annotations.containsKey(LEGACY_ANNOTATION)) {
      return;
    }
    try {
      client.resources(GuestIntrospection.class).inNamespace(gi.getMetadata().getNamespace())
          .withName(gi.getMetadata().getName()).edit(r -> {
            Map<String, String> next = r.getMetadata().getAnnotations() == null
                ? new HashMap<>() : new HashMap<>(r.getMetadata().getAnnotations());
            next.remove(LEGACY_ANNOTATION);
            r.getMetadata().setAnnotations(next);
            return r;
          });
      Map<String, String> local = new HashMap<>(annotations);
      local.remove(LEGACY_ANNOTATION);
      gi.getMetadata().setAnnotations(local);
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw e;
      }
    }
  }

  private static String key(GuestIntrospection gi) {
    return gi.getMetadata().getNamespace() + "/" + gi.getMetadata().getName() + "/" + gi.getMetadata().getUid();
  }
}
