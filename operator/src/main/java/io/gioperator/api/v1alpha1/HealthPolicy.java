package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

/**
 * How long a broken service is tolerated before its SVA is re-created (never rebooted: its configuration lives in
 * the solution manager). Durations are strings like 90s, 5m, 1h30m; at least 1m.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HealthPolicy {

  @JsonPropertyDescription("How long the solution manager may report the service in an SVA as down before the "
      + "SVA is re-created.")
  @Default("10m")
  @Size(min = 2, max = 32)
  @Pattern(DurationString.PATTERN)
  @ValidationRule(value = DurationString.AT_LEAST_ONE_MINUTE, message = "must be at least 1m")
  private String serviceDownTimeout = "10m";

  @JsonPropertyDescription("How long the SVA's heartbeat to the solution manager may be missing before the SVA "
      + "is re-created.")
  @Default("5m")
  @Size(min = 2, max = 32)
  @Pattern(DurationString.PATTERN)
  @ValidationRule(value = DurationString.AT_LEAST_ONE_MINUTE, message = "must be at least 1m")
  private String heartbeatTimeout = "5m";

  public String getServiceDownTimeout() {
    return serviceDownTimeout;
  }

  public void setServiceDownTimeout(String serviceDownTimeout) {
    this.serviceDownTimeout = serviceDownTimeout;
  }

  public String getHeartbeatTimeout() {
    return heartbeatTimeout;
  }

  public void setHeartbeatTimeout(String heartbeatTimeout) {
    this.heartbeatTimeout = heartbeatTimeout;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof HealthPolicy that
        && Objects.equals(serviceDownTimeout, that.serviceDownTimeout)
        && Objects.equals(heartbeatTimeout, that.heartbeatTimeout));
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceDownTimeout, heartbeatTimeout);
  }
}
