package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.gioperator.api.crd.SchemaPatch;
import java.util.Objects;

/**
 * Version information of the partner solution manager, as last reported by it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"lastContactTime": {"format": "date-time"}}}""")
public class SolutionManagerStatus {

  @JsonPropertyDescription("Product name the manager reports.")
  private String productName;

  @JsonPropertyDescription("Version the manager reports.")
  private String version;

  @JsonPropertyDescription("API version the manager reports.")
  private String apiVersion;

  @JsonPropertyDescription("When the manager last answered (RFC 3339).")
  private String lastContactTime;

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

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getLastContactTime() {
    return lastContactTime;
  }

  public void setLastContactTime(String lastContactTime) {
    this.lastContactTime = lastContactTime;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof SolutionManagerStatus that
        && Objects.equals(productName, that.productName)
        && Objects.equals(version, that.version)
        && Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(lastContactTime, that.lastContactTime));
  }

  @Override
  public int hashCode() {
    return Objects.hash(productName, version, apiVersion, lastContactTime);
  }
}
