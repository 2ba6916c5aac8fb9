package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * Where a secret OVF property value comes from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OvfPropertySource {

  @JsonPropertyDescription("The Secret key holding the value.")
  @Required
  private KeyReference secretKeyRef;

  public KeyReference getSecretKeyRef() {
    return secretKeyRef;
  }

  public void setSecretKeyRef(KeyReference secretKeyRef) {
    this.secretKeyRef = secretKeyRef;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof OvfPropertySource that
        && Objects.equals(secretKeyRef, that.secretKeyRef));
  }

  @Override
  public int hashCode() {
    return Objects.hash(secretKeyRef);
  }
}
