package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

/**
 * How vCenter's ESX Agent Manager trusts the HTTPS server it downloads an artifact (OVF or VIB bundle) from:
 * EAM's AgentSslTrust (8.2, vCenter 8.0 Update 2). Either any certificate, or exactly one pinned certificate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ValidationRule(value = "(has(self.insecure) && self.insecure) != has(self.certificate)",
    message = "set exactly one of insecure: true or certificate")
public class DownloadTls {

  @JsonPropertyDescription("PEM of the download server's own TLS certificate, which EAM pins "
      + "(AgentPinnedPemCertificate): EAM then trusts exactly this certificate, whatever CA issued it. "
      + "A renewed server certificate must be pinned again. Requires vCenter 8.0 Update 2 (8.0.2) or newer.")
  @Size(max = 16384)
  @Pattern(Patterns.PEM_CERTIFICATE)
  private String certificate;

  @JsonPropertyDescription("EAM accepts any certificate of the download server (AgentAnyCertificate), i.e. no "
      + "verification. Only for labs. Cannot be combined with certificate. Requires vCenter 8.0 Update 2 "
      + "(8.0.2) or newer.")
  private Boolean insecure;

  public String getCertificate() {
    return certificate;
  }

  public void setCertificate(String certificate) {
    this.certificate = certificate;
  }

  public Boolean getInsecure() {
    return insecure;
  }

  public void setInsecure(Boolean insecure) {
    this.insecure = insecure;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof DownloadTls that
        && Objects.equals(certificate, that.certificate)
        && Objects.equals(insecure, that.insecure));
  }

  @Override
  public int hashCode() {
    return Objects.hash(certificate, insecure);
  }
}
