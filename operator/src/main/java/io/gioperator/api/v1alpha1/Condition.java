package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.gioperator.api.crd.SchemaPatch;
import java.util.Objects;

/**
 * One aspect of an object's state, shaped like Kubernetes' metav1.Condition so that kubectl, kstatus, Flux and
 * Argo CD read it. Conditions form a list keyed by {@code type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"lastTransitionTime": {"format": "date-time"}}}""")
public class Condition {

  @JsonPropertyDescription("Type of the condition, in CamelCase (e.g. Ready, VCenterConnected). Unique in the "
      + "list.")
  @Required
  @Size(min = 1, max = 316)
  @Pattern(Patterns.CONDITION_TYPE)
  private String type;

  @JsonPropertyDescription("True, False or Unknown.")
  @Required
  private ConditionStatus status;

  @JsonPropertyDescription("The .metadata.generation the condition was computed from; older than the current "
      + "generation means stale.")
  @Min(0)
  private Long observedGeneration;

  @JsonPropertyDescription("When the status last changed (RFC 3339). A change of reason or message alone does "
      + "not move it.")
  @Required
  private String lastTransitionTime;

  @JsonPropertyDescription("Why the condition is in its status: a stable CamelCase word that programs and alerts "
      + "can match.")
  @Required
  @Size(min = 1, max = 1024)
  @Pattern(Patterns.CONDITION_REASON)
  private String reason;

  @JsonPropertyDescription("Details for people, e.g. the error text from vCenter. May be empty.")
  @Required
  @Size(max = 32768)
  private String message = "";

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public ConditionStatus getStatus() {
    return status;
  }

  public void setStatus(ConditionStatus status) {
    this.status = status;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public String getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(String lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Condition that
        && Objects.equals(type, that.type)
        && Objects.equals(status, that.status)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(reason, that.reason)
        && Objects.equals(message, that.message));
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, status, observedGeneration, lastTransitionTime, reason, message);
  }
}
