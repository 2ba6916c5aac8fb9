package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Status of a {@link Condition}. */
public enum ConditionStatus {
  /** The condition holds. */
  @JsonProperty("True")
  TRUE("True"),

  /** The condition does not hold. */
  @JsonProperty("False")
  FALSE("False"),

  /** Not known (yet). */
  @JsonProperty("Unknown")
  UNKNOWN("Unknown");

  private final String wireName;

  ConditionStatus(String wireName) {
    this.wireName = wireName;
  }

  /** The value as written in YAML. */
  public String wireName() {
    return wireName;
  }
}
