package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.gioperator.api.crd.SchemaPatch;
import java.util.List;
import java.util.Objects;

/**
 * The partner SVA: the OVF that ESX Agent Manager deploys as one agent VM per host.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"ovfProperties": {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["key"]}}}""")
public class ServiceVmSpec {

  @JsonPropertyDescription("HTTP(S) URL of the SVA's OVF descriptor. vCenter (EAM) downloads it, not the "
      + "operator.")
  @Required
  @Size(max = 2048)
  @Pattern(Patterns.HTTP_URL)
  private String ovfUrl;

  @JsonPropertyDescription("OVF properties (vApp options) given to every SVA. EAM requires every "
      + "user-configurable property of the OVF. Keyed by key.")
  @Size(max = 64)
  private List<OvfProperty> ovfProperties;

  @JsonPropertyDescription("Disk format of the deployed SVA: thin, thick, or none (as the OVF declares).")
  @Default("thin")
  private DiskProvisioning diskProvisioning = DiskProvisioning.THIN;

  @JsonPropertyDescription("Prefix of the agent VM names (EAM appends \" (1)\", \" (2)\", ...). Omitted: derived "
      + "from the GuestIntrospection name.")
  @Size(min = 1, max = 70)
  @Pattern(Patterns.VM_NAME)
  private String agentVmNamePrefix;

  @JsonPropertyDescription("How vCenter (EAM) verifies the HTTPS server it downloads the OVF from, when that "
      + "server's certificate is not issued by a CA vCenter trusts (VECS TRUSTED_ROOTS): pin its certificate or, "
      + "in labs, accept any. Unset: vCenter's trusted roots. Requires vCenter 8.0 Update 2 (8.0.2) or newer "
      + "(EAM API 8.2); on older vCenters it is not sent and the Compatible condition names it.")
  private DownloadTls downloadTls;

  public String getOvfUrl() {
    return ovfUrl;
  }

  public void setOvfUrl(String ovfUrl) {
    this.ovfUrl = ovfUrl;
  }

  public List<OvfProperty> getOvfProperties() {
    return ovfProperties;
  }

  public void setOvfProperties(List<OvfProperty> ovfProperties) {
    this.ovfProperties = ovfProperties;
  }

  public DiskProvisioning getDiskProvisioning() {
    return diskProvisioning;
  }

  public void setDiskProvisioning(DiskProvisioning diskProvisioning) {
    this.diskProvisioning = diskProvisioning;
  }

  public String getAgentVmNamePrefix() {
    return agentVmNamePrefix;
  }

  public void setAgentVmNamePrefix(String agentVmNamePrefix) {
    this.agentVmNamePrefix = agentVmNamePrefix;
  }

  public DownloadTls getDownloadTls() {
    return downloadTls;
  }

  public void setDownloadTls(DownloadTls downloadTls) {
    this.downloadTls = downloadTls;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ServiceVmSpec that
        && Objects.equals(ovfUrl, that.ovfUrl)
        && Objects.equals(ovfProperties, that.ovfProperties)
        && Objects.equals(diskProvisioning, that.diskProvisioning)
        && Objects.equals(agentVmNamePrefix, that.agentVmNamePrefix)
        && Objects.equals(downloadTls, that.downloadTls));
  }

  @Override
  public int hashCode() {
    return Objects.hash(ovfUrl, ovfProperties, diskProvisioning, agentVmNamePrefix, downloadTls);
  }
}
