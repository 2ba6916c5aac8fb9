package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.gioperator.api.crd.SchemaPatch;
import java.util.List;
import java.util.Objects;

/**
 * Observed state of a {@link VCenter}, written by the operator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"lastConnectedTime": {"format": "date-time"}}}""")
public class VCenterStatus extends ConditionedStatus {

  @JsonPropertyDescription("Product name as vCenter reports it (AboutInfo.name, e.g. VMware VirtualCenter "
      + "Server).")
  private String productName;

  @JsonPropertyDescription("vCenter version (AboutInfo.version, e.g. 8.0.2).")
  private String version;

  @JsonPropertyDescription("vCenter build number (AboutInfo.build).")
  private String build;

  @JsonPropertyDescription("When the operator last had a working session to vCenter (RFC 3339).")
  private String lastConnectedTime;

  @Override
  @JsonPropertyDescription("Ready and Connected (see VCenterConditions for the reasons). Keyed by type.")
  public List<Condition> getConditions() {
    return super.getConditions();
  }

  public String getProductName() {
    return productName;
  }

  public void setProductName(String productName) {
    this.productName = productName;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getBuild() {
    return build;
  }

  public void setBuild(String build) {
    this.build = build;
  }

  public String getLastConnectedTime() {
    return lastConnectedTime;
  }

  public void setLastConnectedTime(String lastConnectedTime) {
    this.lastConnectedTime = lastConnectedTime;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof VCenterStatus that
        && super.equals(that)
        && Objects.equals(productName, that.productName)
        && Objects.equals(version, that.version)
        && Objects.equals(build, that.build)
        && Objects.equals(lastConnectedTime, that.lastConnectedTime));
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(productName, version, build, lastConnectedTime);
  }
}
