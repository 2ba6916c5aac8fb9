package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

/**
 * Where PEM certificates (a CA bundle, or a pinned download certificate) are read from: exactly one of a Secret key
 * or a ConfigMap key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ValidationRule(value = "has(self.secretKeyRef) != has(self.configMapKeyRef)",
    message = "exactly one of secretKeyRef or configMapKeyRef must be set")
public class CaBundleSource {

  @JsonPropertyDescription("A Secret key holding PEM-encoded certificates: the CA bundle of a tls "
      + "stanza, or the one certificate downloadTls pins.")
  private KeyReference secretKeyRef;

  @JsonPropertyDescription("A ConfigMap key holding PEM-encoded certificates: the CA bundle of a "
      + "tls stanza, or the one certificate downloadTls pins.")
  private KeyReference configMapKeyRef;

  public KeyReference getSecretKeyRef() {
    return secretKeyRef;
  }

  public void setSecretKeyRef(KeyReference secretKeyRef) {
    this.secretKeyRef = secretKeyRef;
  }

  public KeyReference getConfigMapKeyRef() {
    return configMapKeyRef;
  }

  public void setConfigMapKeyRef(KeyReference configMapKeyRef) {
    this.configMapKeyRef = configMapKeyRef;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CaBundleSource that
        && Objects.equals(secretKeyRef, that.secretKeyRef)
        && Objects.equals(configMapKeyRef, that.configMapKeyRef));
  }

  @Override
  public int hashCode() {
    return Objects.hash(secretKeyRef, configMapKeyRef);
  }
}
