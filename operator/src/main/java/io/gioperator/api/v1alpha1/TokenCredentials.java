package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A Secret, in the PartnerSolution's namespace, holding a bearer token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TokenCredentials {

  @JsonPropertyDescription("Name of the Secret.")
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  @JsonPropertyDescription("Key of the token in the Secret.")
  @Default("token")
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DATA_KEY)
  private String tokenKey = "token";

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTokenKey() {
    return tokenKey;
  }

  public void setTokenKey(String tokenKey) {
    this.tokenKey = tokenKey;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof TokenCredentials that
        && Objects.equals(name, that.name)
        && Objects.equals(tokenKey, that.tokenKey));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, tokenKey);
  }
}
