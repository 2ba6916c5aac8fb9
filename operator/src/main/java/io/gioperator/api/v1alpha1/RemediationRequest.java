package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A one-off remediation of one host, carried out once per id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RemediationRequest {

  @JsonPropertyDescription("Unique id of the request (e.g. 2024-05-07-esx01-sva). The operator carries out each "
      + "id once.")
  @Required
  @Size(min = 1, max = 63)
  @Pattern(Patterns.DNS_LABEL)
  private String id;

  @JsonPropertyDescription("RecreateSva: delete the host's SVA and deploy it again from the OVF. ReinstallMux: "
      + "remove the Mux VIB, reboot the host (maintenance mode first, as hostOperations "
      + "allows) and install it again.")
  @Required
  private RemediationAction action;

  @JsonPropertyDescription("Name of the ESXi host as vCenter shows it (e.g. esx-01.lab.local).")
  @Required
  @Size(min = 1, max = 255)
  @Pattern(Patterns.HOST_NAME)
  private String host;

  @JsonPropertyDescription("Why, for the audit trail (e.g. a ticket number).")
  @Size(max = 256)
  private String reason;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public RemediationAction getAction() {
    return action;
  }

  public void setAction(RemediationAction action) {
    this.action = action;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof RemediationRequest that
        && Objects.equals(id, that.id)
        && Objects.equals(action, that.action)
        && Objects.equals(host, that.host)
        && Objects.equals(reason, that.reason));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, action, host, reason);
  }
}
