package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * Desired state of a {@link PartnerSolution}: one partner product release (its service VM, the Mux VIB it needs,
 * its solution manager and the versions it supports). GuestIntrospection objects refer to it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PartnerSolutionSpec {

  @JsonPropertyDescription("Partner vendor, e.g. Trend Micro.")
  @Required
  @Size(min = 1, max = 128)
  private String vendor;

  @JsonPropertyDescription("Partner product, e.g. Deep Security.")
  @Required
  @Size(min = 1, max = 128)
  private String product;

  @JsonPropertyDescription("Partner product version, e.g. 20.0.1.")
  @Required
  @Size(min = 1, max = 64)
  @Pattern(Patterns.RELEASE_VERSION)
  private String version;

  @JsonPropertyDescription("The partner security virtual appliance (SVA) deployed on every host.")
  @Required
  private ServiceVmSpec sva;

  @JsonPropertyDescription("The Guest Introspection Mux VIB installed on every host.")
  @Required
  private MuxSpec mux;

  @JsonPropertyDescription("The partner's solution manager, which registers SVAs and reports their service "
      + "status. Omitted: SVAs are not registered and service health is judged from EAM "
      + "alone.")
  private SolutionManagerSpec solutionManager;

  @JsonPropertyDescription("The ESXi and vCenter versions this release supports. Hosts outside it are never "
      + "touched.")
  @Required
  private CompatibilityMatrix compatibility;

  public String getVendor() {
    return vendor;
  }

  public void setVendor(String vendor) {
    this.vendor = vendor;
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public ServiceVmSpec getSva() {
    return sva;
  }

  public void setSva(ServiceVmSpec sva) {
    this.sva = sva;
  }

  public MuxSpec getMux() {
    return mux;
  }

  public void setMux(MuxSpec mux) {
    this.mux = mux;
  }

  public SolutionManagerSpec getSolutionManager() {
    return solutionManager;
  }

  public void setSolutionManager(SolutionManagerSpec solutionManager) {
    this.solutionManager = solutionManager;
  }

  public CompatibilityMatrix getCompatibility() {
    return compatibility;
  }

  public void setCompatibility(CompatibilityMatrix compatibility) {
    this.compatibility = compatibility;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof PartnerSolutionSpec that
        && Objects.equals(vendor, that.vendor)
        && Objects.equals(product, that.product)
        && Objects.equals(version, that.version)
        && Objects.equals(sva, that.sva)
        && Objects.equals(mux, that.mux)
        && Objects.equals(solutionManager, that.solutionManager)
        && Objects.equals(compatibility, that.compatibility));
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendor, product, version, sva, mux, solutionManager, compatibility);
  }
}
