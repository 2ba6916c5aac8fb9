package io.gioperator.reconcile.refs;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Reads one key of a Secret or ConfigMap; a missing object or key is a {@link ReferenceException} saying the fix. */
public final class SecretValues {

  public static final String SECRET_NOT_FOUND = "SecretNotFound";
  public static final String SECRET_KEY_NOT_FOUND = "SecretKeyNotFound";
  public static final String CONFIG_MAP_NOT_FOUND = "ConfigMapNotFound";

  private final KubernetesClient client;

  public SecretValues(KubernetesClient client) {
    this.client = client;
  }

  /** The value of {@code key} in Secret {@code namespace/name}; {@code usedFor} says who needs it, for the message. */
  public String secret(String namespace, String name, String key, String usedFor) {
    if (name == null || name.isBlank()) {
      throw new ReferenceException(SECRET_NOT_FOUND, usedFor + " names no Secret: set the Secret name");
    }
    Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
    if (secret == null) {
      throw new ReferenceException(SECRET_NOT_FOUND, "Secret " + namespace + "/" + name + " (" + usedFor
          + ") does not exist: create it in namespace " + namespace + " with key " + key);
    }
    String value = decoded(secret, key);
    if (value == null) {
      throw new ReferenceException(SECRET_KEY_NOT_FOUND, "Secret " + namespace + "/" + name + " (" + usedFor
          + ") has no key " + key + ": add the key or change the reference");
    }
    return value;
  }

  /** The value of {@code key} in ConfigMap {@code namespace/name}. */
  public String configMap(String namespace, String name, String key, String usedFor) {
    ConfigMap map = client.configMaps().inNamespace(namespace).withName(name).get();
    if (map == null || map.getData() == null || map.getData().get(key) == null) {
      throw new ReferenceException(CONFIG_MAP_NOT_FOUND, "ConfigMap " + namespace + "/" + name + " key " + key
          + " (" + usedFor + ") does not exist: create it or change the reference");
    }
    return map.getData().get(key);
  }

  private static String decoded(Secret secret, String key) {
    Map<String, String> data = secret.getData();
    if (data != null && data.get(key) != null) {
      return new String(Base64.getDecoder().decode(data.get(key).trim()), StandardCharsets.UTF_8);
    }
    Map<String, String> stringData = secret.getStringData();
    return stringData == null ? null : stringData.get(key);
  }
}
