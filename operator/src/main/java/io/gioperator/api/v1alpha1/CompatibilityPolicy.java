package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import java.util.Objects;

/**
 * What happens when some hosts run an ESXi version or build the PartnerSolution does not support.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CompatibilityPolicy {

  @JsonPropertyDescription("Skip: deploy on the supported hosts and report the others as Incompatible. "
      + "BlockCluster: deploy nothing on the cluster until every host is supported.")
  @Default("Skip")
  private IncompatibleHostsAction incompatibleHosts = IncompatibleHostsAction.SKIP;

  public IncompatibleHostsAction getIncompatibleHosts() {
    return incompatibleHosts;
  }

  public void setIncompatibleHosts(IncompatibleHostsAction incompatibleHosts) {
    this.incompatibleHosts = incompatibleHosts;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CompatibilityPolicy that
        && Objects.equals(incompatibleHosts, that.incompatibleHosts));
  }

  @Override
  public int hashCode() {
    return Objects.hash(incompatibleHosts);
  }
}
