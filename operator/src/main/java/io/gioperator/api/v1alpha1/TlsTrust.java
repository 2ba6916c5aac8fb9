package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

/**
 * How the operator verifies a server's TLS certificate. Certificates are verified by default: with no field set,
 * the JVM's default trust store (public CAs) is used. At most one of caBundle, thumbprint and insecure may be set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ValidationRule(value = "!(has(self.caBundle) && has(self.thumbprint))",
    message = "caBundle and thumbprint are mutually exclusive: trust a CA or pin one certificate, not both")
@ValidationRule(value = "!(has(self.insecure) && self.insecure) || !(has(self.caBundle) || has(self.thumbprint))",
    message = "insecure: true disables verification and cannot be combined with caBundle or thumbprint")
public class TlsTrust {

  @JsonPropertyDescription("Trust the CA certificates in this PEM bundle (instead of the default trust store). "
      + "The host name is verified too.")
  private CaBundleSource caBundle;

  @JsonPropertyDescription("Trust exactly the server certificate with this SHA-256 fingerprint, as "
      + "colon-separated hex pairs (e.g. AB:CD:...: 32 pairs, as vCenter and `openssl x509 "
      + "-fingerprint -sha256` show it). Case does not matter. A renewed server certificate "
      + "must be pinned again.")
  @Size(max = 95)
  @Pattern(Patterns.SHA256_THUMBPRINT)
  private String thumbprint;

  @JsonPropertyDescription("Skip certificate verification entirely. Only for labs: anyone on the network path "
      + "can then read the credentials. Must be set explicitly and cannot be combined with "
      + "caBundle or thumbprint.")
  @Default("false")
  private Boolean insecure = false;

  public CaBundleSource getCaBundle() {
    return caBundle;
  }

  public void setCaBundle(CaBundleSource caBundle) {
    this.caBundle = caBundle;
  }

  public String getThumbprint() {
    return thumbprint;
  }

  public void setThumbprint(String thumbprint) {
    this.thumbprint = thumbprint;
  }

  public Boolean getInsecure() {
    return insecure;
  }

  public void setInsecure(Boolean insecure) {
    this.insecure = insecure;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof TlsTrust that
        && Objects.equals(caBundle, that.caBundle)
        && Objects.equals(thumbprint, that.thumbprint)
        && Objects.equals(insecure, that.insecure));
  }

  @Override
  public int hashCode() {
    return Objects.hash(caBundle, thumbprint, insecure);
  }
}
