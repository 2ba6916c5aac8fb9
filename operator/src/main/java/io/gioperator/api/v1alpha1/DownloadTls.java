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
 * EAM's AgentSslTrust (8.2, vCenter 8.0 Update 2). Either any certificate, or exactly one pinned certificate, given
 * inline or read from a Secret or ConfigMap key. EAM's sslCertificate is "the PEM encoded pinned SSL certificate of
 * the server", so both forms hold exactly one certificate (the CRD checks the inline one, the operator both).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ValidationRule(value = "(has(self.insecure) && self.insecure ? 1 : 0) + (has(self.certificate) ? 1 : 0)"
    + " + (has(self.certificateFrom) ? 1 : 0) == 1",
    message = "set exactly one of insecure: true, certificate or certificateFrom")
public class DownloadTls {

  /** CEL: at most one BEGIN marker (the pattern already requires one). */
  static final String ONE_CERTIFICATE = "self.indexOf('-----BEGIN CERTIFICATE-----')"
      + " == self.lastIndexOf('-----BEGIN CERTIFICATE-----')";

  static final String ONE_CERTIFICATE_MESSAGE = "must be exactly one PEM certificate, the download server's own: "
      + "EAM pins one certificate (AgentPinnedPemCertificate), not a CA chain";

  @JsonPropertyDescription("PEM of the download server's own TLS certificate, which EAM pins "
      + "(AgentPinnedPemCertificate): EAM then trusts exactly this certificate, whatever CA issued it. "
      + "A renewed server certificate must be pinned again. Cannot be combined with certificateFrom or insecure. "
      + "Exactly one certificate: EAM pins the server's own certificate, not a CA chain. "
      + "Requires vCenter 8.0 Update 2 (8.0.2) or newer.")
  @Size(max = 16384)
  @Pattern(Patterns.PEM_CERTIFICATE)
  @ValidationRule(value = ONE_CERTIFICATE, message = ONE_CERTIFICATE_MESSAGE)
  private String certificate;

  @JsonPropertyDescription("A Secret or ConfigMap key, in this namespace, holding the PEM of the download server's "
      + "own TLS certificate, pinned like certificate. A changed Secret is applied at once, a changed ConfigMap "
      + "at the next periodic reconcile. The value must be exactly one PEM certificate, "
      + "the server's own, not a CA chain. Cannot be combined with certificate or insecure. Requires vCenter 8.0 Update 2 (8.0.2) or newer.")
  private CaBundleSource certificateFrom;

  @JsonPropertyDescription("EAM accepts any certificate of the download server (AgentAnyCertificate), i.e. no "
      + "verification. Only for labs. Cannot be combined with certificate or certificateFrom. "
      + "Requires vCenter 8.0 Update 2 (8.0.2) or newer.")
  private Boolean insecure;

  public String getCertificate() {
    return certificate;
  }

  public void setCertificate(String certificate) {
    this.certificate = certificate;
  }

  public CaBundleSource getCertificateFrom() {
    return certificateFrom;
  }

  public void setCertificateFrom(CaBundleSource certificateFrom) {
    this.certificateFrom = certificateFrom;
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
        && Objects.equals(certificateFrom, that.certificateFrom)
        && Objects.equals(insecure, that.insecure));
  }

  @Override
  public int hashCode() {
    return Objects.hash(certificate, certificateFrom, insecure);
  }
}
