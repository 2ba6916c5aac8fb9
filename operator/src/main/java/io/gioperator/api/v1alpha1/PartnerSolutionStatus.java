package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Objects;

/**
 * Observed state of a {@link PartnerSolution}, written by the operator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PartnerSolutionStatus extends ConditionedStatus {

  @JsonPropertyDescription("What the solution manager reported the last time it was reachable.")
  private SolutionManagerStatus solutionManager;

  @Override
  @JsonPropertyDescription("Ready and Valid (see PartnerSolutionConditions for the reasons). Keyed by type.")
  public List<Condition> getConditions() {
    return super.getConditions();
  }

  public SolutionManagerStatus getSolutionManager() {
    return solutionManager;
  }

  public void setSolutionManager(SolutionManagerStatus solutionManager) {
    this.solutionManager = solutionManager;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof PartnerSolutionStatus that
        && super.equals(that)
        && Objects.equals(solutionManager, that.solutionManager));
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(solutionManager);
  }
}
