package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A key of a Secret or ConfigMap in the same namespace as the referring object. Other namespaces cannot be named:
 * whoever may create the custom resource must not gain read access to Secrets elsewhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KeyReference {

  @JsonPropertyDescription("Name of the Secret or ConfigMap, in the same namespace as this object.")
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  @JsonPropertyDescription("Key in its data.")
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DATA_KEY)
  private String key;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof KeyReference that
        && Objects.equals(name, that.name)
        && Objects.equals(key, that.key));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, key);
  }
}
