package io.gioperator.reconcile.act;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records core/v1 Events on a custom resource. The same (object, type, reason, message) is one Event whose
 * {@code count} and {@code lastTimestamp} grow, as kubectl's recorder does, so a failure repeated on every
 * reconcile does not flood the namespace. Only {@code create} and {@code patch} are used (the operator's RBAC);
 * counts are kept in the process. Failing to record an Event never fails a reconcile.
 */
public final class EventRecorder {

  public static final String NORMAL = "Normal";
  public static final String WARNING = "Warning";
  private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);
  private static final String COMPONENT = "gi-operator";
  private static final int MAX_MESSAGE = 1024;
  private static final int MAX_TRACKED = 4096;

  private final KubernetesClient client;
  private final Clock clock;
  private final Map<String, Integer> counts = new LinkedHashMap<>(16, 0.75f, true);

  public EventRecorder(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  public void normal(HasMetadata on, String reason, String message) {
    record(on, NORMAL, reason, message);
  }

  public void warning(HasMetadata on, String reason, String message) {
    record(on, WARNING, reason, message);
  }

  public void record(HasMetadata on, String type, String reason, String message) {
    String ns = on.getMetadata().getNamespace();
    String text = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 3) + "..." : message;
    String name = on.getMetadata().getName() + "." + digest(on.getMetadata().getUid() + type + reason + text);
    String now = Instant.now(clock).toString();
    Integer seen = seen(name);
    try {
      var events = client.v1().events().inNamespace(ns);
      if (seen == null) {
        try {
          events.resource(new EventBuilder()
              .withNewMetadata().withName(name).withNamespace(ns).endMetadata()
              .withInvolvedObject(new ObjectReferenceBuilder()
                  .withApiVersion(on.getApiVersion()).withKind(on.getKind())
                  .withName(on.getMetadata().getName()).withNamespace(ns).withUid(on.getMetadata().getUid())
                  .withResourceVersion(on.getMetadata().getResourceVersion()).build())
              .withType(type).withReason(reason).withMessage(text)
              .withCount(1).withFirstTimestamp(now).withLastTimestamp(now)
              .withNewSource().withComponent(COMPONENT).endSource()
              .withReportingComponent(COMPONENT)
              .build()).create();
          remember(name, 1);
          return;
        } catch (KubernetesClientException e) {
          if (e.getCode() != 409) {
            throw e;
          }
          seen = 1; // recorded by an earlier process: count on from there
        }
      }
      int count = seen + 1;
      events.withName(name).patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"count\":" + count + ",\"lastTimestamp\":\"" + now + "\"}");
      remember(name, count);
    } catch (KubernetesClientException e) {
      LOG.warn("Could not record event {} on {}/{}: {}", reason, ns, on.getMetadata().getName(), e.getMessage());
    }
  }

  private synchronized Integer seen(String name) {
    return counts.get(name);
  }

  private synchronized void remember(String name, int count) {
    counts.put(name, count);
    if (counts.size() > MAX_TRACKED) {
      counts.remove(counts.keySet().iterator().next());
    }
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
