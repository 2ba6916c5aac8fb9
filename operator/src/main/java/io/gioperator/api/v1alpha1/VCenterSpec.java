package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * Desired state of a {@link VCenter}: where vCenter is, how to log in and how to trust its certificate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VCenterSpec {

  @JsonPropertyDescription("Base URL of vCenter, https only, without a path (e.g. https://vcenter.example.com or "
      + "https://10.0.0.5:8443). The operator appends /sdk for the vSphere API and /eam/sdk "
      + "for the ESX Agent Manager.")
  @Required
  @Size(max = 300)
  @Pattern(Patterns.HTTPS_BASE_URL)
  private String server;

  @JsonPropertyDescription("The Secret holding the vCenter user name and password. The operator re-reads it when "
      + "it changes.")
  @Required
  private VCenterCredentials credentialsSecretRef;

  @JsonPropertyDescription("How the vCenter certificate is verified. Omitted: the default trust store is used.")
  private TlsTrust tls;

  public String getServer() {
    return server;
  }

  public void setServer(String server) {
    this.server = server;
  }

  public VCenterCredentials getCredentialsSecretRef() {
    return credentialsSecretRef;
  }

  public void setCredentialsSecretRef(VCenterCredentials credentialsSecretRef) {
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
    return this == o || (o instanceof VCenterSpec that
        && Objects.equals(server, that.server)
        && Objects.equals(credentialsSecretRef, that.credentialsSecretRef)
        && Objects.equals(tls, that.tls));
  }

  @Override
  public int hashCode() {
    return Objects.hash(server, credentialsSecretRef, tls);
  }
}
