package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

/**
 * The partner's interoperability matrix: which ESXi and vCenter versions this release supports. A host matches when
 * any ESXi entry matches it; the vCenter must match any vCenter entry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CompatibilityMatrix {

  @JsonPropertyDescription("Supported ESXi versions, with optional build ranges.")
  @Required
  @Size(min = 1, max = 32)
  private List<SupportedVersion> esxi;

  @JsonPropertyDescription("Supported vCenter versions, with optional build ranges.")
  @Required
  @Size(min = 1, max = 32)
  private List<SupportedVersion> vcenter;

  public List<SupportedVersion> getEsxi() {
    return esxi;
  }

  public void setEsxi(List<SupportedVersion> esxi) {
    this.esxi = esxi;
  }

  public List<SupportedVersion> getVcenter() {
    return vcenter;
  }

  public void setVcenter(List<SupportedVersion> vcenter) {
    this.vcenter = vcenter;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CompatibilityMatrix that
        && Objects.equals(esxi, that.esxi)
        && Objects.equals(vcenter, that.vcenter));
  }

  @Override
  public int hashCode() {
    return Objects.hash(esxi, vcenter);
  }
}
