package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import java.util.Objects;

/**
 * Limits on re-creating SVAs, so a cluster-wide fault does not take every host's protection down at once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RedeployPolicy {

  @JsonPropertyDescription("Most hosts whose SVA may be re-created (or Mux reinstalled) at the same time.")
  @Default("1")
  @Min(1)
  @Max(64)
  private Integer maxUnavailable = 1;

  @JsonPropertyDescription("Most automatic SVA re-creations per host in any 60 minutes; beyond it the host is "
      + "marked Stalled for a person to look at. 0 turns automatic re-creation off "
      + "(remediation requests still work).")
  @Default("3")
  @Min(0)
  @Max(60)
  private Integer maxRedeploysPerHostPerHour = 3;

  public Integer getMaxUnavailable() {
    return maxUnavailable;
  }

  public void setMaxUnavailable(Integer maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
  }

  public Integer getMaxRedeploysPerHostPerHour() {
    return maxRedeploysPerHostPerHour;
  }

  public void setMaxRedeploysPerHostPerHour(Integer maxRedeploysPerHostPerHour) {
    this.maxRedeploysPerHostPerHour = maxRedeploysPerHostPerHour;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof RedeployPolicy that
        && Objects.equals(maxUnavailable, that.maxUnavailable)
        && Objects.equals(maxRedeploysPerHostPerHour, that.maxRedeploysPerHostPerHour));
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxUnavailable, maxRedeploysPerHostPerHour);
  }
}
