package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/**
 * The EAM agency of this cluster, remembered so the operator never creates a second one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AgencyStatus {

  @JsonPropertyDescription("Managed object id of the agency in EAM (e.g. agency-12).")
  private String moref;

  @JsonPropertyDescription("Name of the agency.")
  private String name;

  @JsonPropertyDescription("EAM runtime status: green (goal reached), yellow (EAM working) or red (an issue "
      + "blocks it).")
  private String status;

  @JsonPropertyDescription("EAM goal state: enabled, disabled or uninstalled.")
  private String goalState;

  public String getMoref() {
    return moref;
  }

  public void setMoref(String moref) {
    this.moref = moref;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getGoalState() {
    return goalState;
  }

  public void setGoalState(String goalState) {
    this.goalState = goalState;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof AgencyStatus that
        && Objects.equals(moref, that.moref)
        && Objects.equals(name, that.name)
        && Objects.equals(status, that.status)
        && Objects.equals(goalState, that.goalState));
  }

  @Override
  public int hashCode() {
    return Objects.hash(moref, name, status, goalState);
  }
}
