package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.gioperator.api.crd.SchemaPatch;
import java.util.Objects;

/**
 * A remediation request that has been carried out (or refused).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"completedAt": {"format": "date-time"}}}""")
public class CompletedRemediation {

  @JsonPropertyDescription("Id of the request.")
  @Required
  private String id;

  @JsonPropertyDescription("What was requested.")
  private RemediationAction action;

  @JsonPropertyDescription("Host it was for.")
  private String host;

  @JsonPropertyDescription("When it finished (RFC 3339).")
  private String completedAt;

  @JsonPropertyDescription("Succeeded, Failed or Rejected (e.g. unknown host, or not permitted).")
  private RemediationResult result;

  @JsonPropertyDescription("Details for people.")
  @Size(max = 4096)
  private String message;

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

  public String getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(String completedAt) {
    this.completedAt = completedAt;
  }

  public RemediationResult getResult() {
    return result;
  }

  public void setResult(RemediationResult result) {
    this.result = result;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CompletedRemediation that
        && Objects.equals(id, that.id)
        && Objects.equals(action, that.action)
        && Objects.equals(host, that.host)
        && Objects.equals(completedAt, that.completedAt)
        && Objects.equals(result, that.result)
        && Objects.equals(message, that.message));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, action, host, completedAt, result, message);
  }
}
