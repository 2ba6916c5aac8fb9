package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens when some hosts of a cluster are not in the partner's compatibility matrix. */
public enum IncompatibleHostsAction {
  /** Deploy on the supported hosts; report the others as Incompatible and leave them alone. */
  @JsonProperty("Skip")
  SKIP("Skip"),

  /** Deploy nothing on the cluster while any host is unsupported. */
  @JsonProperty("BlockCluster")
  BLOCK_CLUSTER("BlockCluster");

  private final String wireName;

  IncompatibleHostsAction(String wireName) {
    this.wireName = wireName;
  }

  /** The value as written in YAML. */
  public String wireName() {
    return wireName;
  }
}
