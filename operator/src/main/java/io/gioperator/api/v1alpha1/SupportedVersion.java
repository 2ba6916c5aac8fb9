package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

/**
 * A supported product version, optionally narrowed to a range of build numbers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ValidationRule(value = "!has(self.minBuild) || !has(self.maxBuild) || self.minBuild <= self.maxBuild",
    message = "minBuild must not be greater than maxBuild")
public class SupportedVersion {

  @JsonPropertyDescription("Version: exact (7.0.3) or with a trailing x that matches any number in that place "
      + "(8.0.x, 8.x).")
  @Required
  @Size(min = 1, max = 32)
  @Pattern(Patterns.VERSION_MATCH)
  private String version;

  @JsonPropertyDescription("Lowest supported build number, inclusive (e.g. 19193900). Omitted: no lower bound.")
  @Min(0)
  private Long minBuild;

  @JsonPropertyDescription("Highest supported build number, inclusive. Omitted: no upper bound.")
  @Min(0)
  private Long maxBuild;

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public Long getMinBuild() {
    return minBuild;
  }

  public void setMinBuild(Long minBuild) {
    this.minBuild = minBuild;
  }

  public Long getMaxBuild() {
    return maxBuild;
  }

  public void setMaxBuild(Long maxBuild) {
    this.maxBuild = maxBuild;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof SupportedVersion that
        && Objects.equals(version, that.version)
        && Objects.equals(minBuild, that.minBuild)
        && Objects.equals(maxBuild, that.maxBuild));
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, minBuild, maxBuild);
  }
}
