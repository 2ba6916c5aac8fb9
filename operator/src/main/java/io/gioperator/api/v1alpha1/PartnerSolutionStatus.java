package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Min;
import io.gioperator.api.crd.SchemaPatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Observed state of a {@link PartnerSolution}, written by the operator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"conditions": {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["type"]}}}""")
public class PartnerSolutionStatus {

  @JsonPropertyDescription("The .metadata.generation last acted on.")
  @Min(0)
  private Long observedGeneration;

  @JsonPropertyDescription("Ready and Valid (see PartnerSolutionConditions for the reasons). Keyed by type.")
  private List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("What the solution manager reported the last time it was reachable.")
  private SolutionManagerStatus solutionManager;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
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
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(solutionManager, that.solutionManager));
  }

  @Override
  public int hashCode() {
    return Objects.hash(observedGeneration, conditions, solutionManager);
  }
}
