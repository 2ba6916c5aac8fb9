package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A Secret, in the PartnerSolution's namespace, holding a bearer token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TokenCredentials extends CredentialsSecretRef {

  @JsonPropertyDescription("Key of the token in the Secret.")
  @Default("token")
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DATA_KEY)
  private String tokenKey = "token";

  public String getTokenKey() {
    return tokenKey;
  }

  public void setTokenKey(String tokenKey) {
    this.tokenKey = tokenKey;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof TokenCredentials that
        && super.equals(that)
        && Objects.equals(tokenKey, that.tokenKey));
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(tokenKey);
  }
}
