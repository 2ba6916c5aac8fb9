package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Min;
import io.gioperator.api.crd.SchemaPatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Observed state of a {@link VCenter}, written by the operator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {
      "conditions": {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["type"]},
      "lastConnectedTime": {"format": "date-time"}}}""")
public class VCenterStatus {

  @JsonPropertyDescription("The .metadata.generation last acted on.")
  @Min(0)
  private Long observedGeneration;

  @JsonPropertyDescription("Ready and Connected (see VCenterConditions for the reasons). Keyed by type.")
  private List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("Product name as vCenter reports it (AboutInfo.name, e.g. VMware VirtualCenter "
      + "Server).")
  private String productName;

  @JsonPropertyDescription("vCenter version (AboutInfo.version, e.g. 8.0.2).")
  private String version;

  @JsonPropertyDescription("vCenter build number (AboutInfo.build).")
  private String build;

  @JsonPropertyDescription("When the operator last had a working session to vCenter (RFC 3339).")
  private String lastConnectedTime;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
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
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(productName, that.productName)
        && Objects.equals(version, that.version)
        && Objects.equals(build, that.build)
        && Objects.equals(lastConnectedTime, that.lastConnectedTime));
  }

  @Override
  public int hashCode() {
    return Objects.hash(observedGeneration, conditions, productName, version, build, lastConnectedTime);
  }
}
