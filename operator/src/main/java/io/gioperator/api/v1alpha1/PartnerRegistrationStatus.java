package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.gioperator.api.crd.SchemaPatch;
import java.util.Objects;

/**
 * What the partner solution manager says about one SVA (service state, separate from EAM's install state).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"lastHeartbeatTime": {"format": "date-time"}}}""")
public class PartnerRegistrationStatus {

  @JsonPropertyDescription("Id the solution manager gave the SVA when it was registered.")
  private String registrationId;

  @JsonPropertyDescription("Service status the solution manager reports, e.g. UP, WARNING, DOWN.")
  private String serviceStatus;

  @JsonPropertyDescription("When the SVA's last heartbeat reached the solution manager (RFC 3339).")
  private String lastHeartbeatTime;

  public String getRegistrationId() {
    return registrationId;
  }

  public void setRegistrationId(String registrationId) {
    this.registrationId = registrationId;
  }

  public String getServiceStatus() {
    return serviceStatus;
  }

  public void setServiceStatus(String serviceStatus) {
    this.serviceStatus = serviceStatus;
  }

  public String getLastHeartbeatTime() {
    return lastHeartbeatTime;
  }

  public void setLastHeartbeatTime(String lastHeartbeatTime) {
    this.lastHeartbeatTime = lastHeartbeatTime;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof PartnerRegistrationStatus that
        && Objects.equals(registrationId, that.registrationId)
        && Objects.equals(serviceStatus, that.serviceStatus)
        && Objects.equals(lastHeartbeatTime, that.lastHeartbeatTime));
  }

  @Override
  public int hashCode() {
    return Objects.hash(registrationId, serviceStatus, lastHeartbeatTime);
  }
}
