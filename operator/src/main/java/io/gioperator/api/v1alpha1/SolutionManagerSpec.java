package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * The partner's solution manager (e.g. Trend Micro Deep Security Manager), reached over HTTPS with a bearer token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SolutionManagerSpec {

  @JsonPropertyDescription("Base URL of the solution manager API, https only (e.g. "
      + "https://dsm.example.com:4119).")
  @Required
  @Size(max = 2048)
  @Pattern(Patterns.HTTPS_URL)
  private String url;

  @JsonPropertyDescription("The Secret holding the API bearer token.")
  @Required
  private TokenCredentials credentialsSecretRef;

  @JsonPropertyDescription("How the solution manager's certificate is verified. Omitted: the default trust store "
      + "is used.")
  private TlsTrust tls;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public TokenCredentials getCredentialsSecretRef() {
    return credentialsSecretRef;
  }

  public void setCredentialsSecretRef(TokenCredentials credentialsSecretRef) {
    this.credentialsSecretRef = credentialsSecretRef;
  }

  public TlsTrust getTls() {
    return tls;
  }

  public void setTls(TlsTrust tls) {
    this.tls = tls;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof SolutionManagerSpec that
        && Objects.equals(url, that.url)
        && Objects.equals(credentialsSecretRef, that.credentialsSecretRef)
        && Objects.equals(tls, that.tls));
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, credentialsSecretRef, tls);
  }
}
