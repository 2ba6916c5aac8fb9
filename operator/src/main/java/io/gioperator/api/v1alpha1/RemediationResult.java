package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Outcome of a remediation request. */
public enum RemediationResult {
  /** The action was carried out. */
  @JsonProperty("Succeeded")
  SUCCEEDED("Succeeded"),

  /** The action was tried and failed; see the message. */
  @JsonProperty("Failed")
  FAILED("Failed"),

  /** The action was not tried (e.g. unknown host, or a host operation not permitted). */
  @JsonProperty("Rejected")
  REJECTED("Rejected");

  private final String wireName;

  RemediationResult(String wireName) {
    this.wireName = wireName;
  }

  /** The value as written in YAML. */
  public String wireName() {
    return wireName;
  }
}
