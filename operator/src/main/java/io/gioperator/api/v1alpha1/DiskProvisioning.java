package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Disk format of a deployed SVA (EAM's ovfDiskProvisioning). */
public enum DiskProvisioning {
  /** Thin provisioned: space is allocated on write. */
  @JsonProperty("thin")
  THIN("thin"),

  /** Thick provisioned: all space is allocated up front. */
  @JsonProperty("thick")
  THICK("thick"),

  /** As the OVF declares it. */
  @JsonProperty("none")
  NONE("none");

  private final String wireName;

  DiskProvisioning(String wireName) {
    this.wireName = wireName;
  }

  /** The value as written in YAML. */
  public String wireName() {
    return wireName;
  }
}
