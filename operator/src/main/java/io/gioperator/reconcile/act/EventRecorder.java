package io.gioperator.reconcile.act;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records core/v1 Events on a custom resource. The same (object, type, reason, message) is one Event whose
 * {@code count} and {@code lastTimestamp} grow, as kubectl's recorder does, so a failure repeated on every
 * reconcile does not flood the namespace. Failing to record an Event never fails a reconcile.
 */
public final class EventRecorder {

  public static final String NORMAL = "Normal";
  public static final String WARNING = "Warning";
  private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);
  private static final String COMPONENT = "gi-operator";
  private static final int MAX_MESSAGE = 1024;

  private final KubernetesClient client;
  private final Clock clock;

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
    try {
      var events = client.v1().events().inNamespace(ns);
      Event existing = events.withName(name).get();
      if (existing != null) {
        events.withName(name).edit(e -> {
          e.setCount(e.getCount() == null ? 2 : e.getCount() + 1);
          e.setLastTimestamp(now);
          return e;
        });
        return;
      }
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
    } catch (KubernetesClientException e) {
      LOG.warn("Could not record event {} on {}/{}: {}", reason, ns, on.getMetadata().getName(), e.getMessage());
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
