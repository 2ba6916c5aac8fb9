package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A Secret in the referring object's namespace that holds credentials; subclasses name the keys of the Secret that
 * hold each part. Other namespaces cannot be named: whoever may create the custom resource must not gain read
 * access to Secrets elsewhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class CredentialsSecretRef {

  @JsonPropertyDescription("Name of the Secret.")
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Same name and the same concrete class; subclasses add their keys. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CredentialsSecretRef that
        && getClass() == that.getClass()
        && Objects.equals(name, that.name));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }
}
